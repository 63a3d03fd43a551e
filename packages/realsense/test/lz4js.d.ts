declare module "lz4js" {
  /** Compresses into the LZ4 frame format. */
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array
}
