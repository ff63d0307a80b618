/** AWS needs only where to reach EC2 outside a bake (share); the regions come from the image. */
export interface AwsConnection {
  endpoint?: string;
}
