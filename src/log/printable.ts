/**
 * The characters Python's `str.isprintable()` calls not printable: Unicode's Other (Cc, Cf, Cs,
 * Co, Cn) and Separator (Zl, Zp, Zs) categories, of which only the space prints. One class for
 * the two places that need it: Jinja2's `repr` of a string (template/text.ts) and the escapes
 * config problems and log lines show for what a terminal would not (config/excerpt.ts).
 */
export const NOT_PRINTABLE = String.raw`[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]`;
