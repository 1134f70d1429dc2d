/** Past this, the canvas is shown anyway (a driver that never signals must not hide the live map for good). */
const GIVE_UP_MS = 5000;
const POLL_MS = 16;

/**
 * Calls `done` once the GPU has finished every drawing command issued so far, without blocking the main thread:
 * a WebGL2 fence, polled between tasks. Returns a function that cancels the wait.
 *
 * Why: the live canvas stays transparent over the server-drawn map while MapLibre loads. With software WebGL (no
 * GPU: SwiftShader, as on this project's CI and bench machine) the browser defers that drawing until the canvas is
 * shown, then waits for all of it inside one task: 650–850 ms of blocked main thread here. Waiting for the fence
 * first costs nothing with a real GPU (it signals within a frame) and keeps the page responsive without one.
 */
export function whenGpuDrawn(canvas: HTMLCanvasElement, done: () => void): () => void {
  // The context MapLibre already made: getContext returns it instead of creating one.
  const gl = canvas.getContext('webgl2');
  const fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
  if (!gl || !fence) {
    done();
    return () => {};
  }
  gl.flush();
  const started = performance.now();
  let timer = 0;
  const finish = () => {
    gl.deleteSync(fence);
    done();
  };
  const poll = () => {
    if (gl.isContextLost() || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED || performance.now() - started > GIVE_UP_MS) finish();
    else timer = window.setTimeout(poll, POLL_MS);
  };
  poll();
  return () => {
    window.clearTimeout(timer);
    if (!gl.isContextLost()) gl.deleteSync(fence);
  };
}
