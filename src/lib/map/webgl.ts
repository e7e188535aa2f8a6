/**
 * Whether this browser can give the map a WebGL2 context, asked before MapLibre is created:
 * MapLibre throws from its constructor without one, and the app shows an explanation instead.
 */
export function webgl2Available(): boolean {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2');
  if (!gl) return false;
  // Give the probe's context back now: browsers cap how many a page may hold.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return true;
}
