/**
 * The part of the canvas API the marks use. Marks take it as a parameter, so tests
 * draw into a recorder and the page draws into a <canvas>.
 */
export type Ctx = Pick<
	CanvasRenderingContext2D,
	| 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'rect' | 'closePath' | 'fill' | 'stroke' | 'fillRect' | 'fillText' | 'strokeText' | 'clearRect'
	| 'save' | 'restore' | 'clip' | 'setLineDash' | 'measureText'
	| 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'globalAlpha' | 'font' | 'textAlign' | 'textBaseline'
>;

export const TAU = Math.PI * 2;
