/**
 * The browser tab's title on the stage: which scene, so the stage can be picked out in a list of tabs to share. Said
 * by the server for the address asked for, and by the stage as it steps (one wording: this function).
 */
export function sceneTabTitle(title: string, scene: number, count: number): string {
  return `${title} (scene ${scene} of ${count}) · Buildup Map`;
}
