/** A rate 0..1 as whole-percent text ("83%"), the one way tiles, charts and tables print rates. */
export const percentText = (rate: number) => `${Math.round(rate * 100)}%`;
