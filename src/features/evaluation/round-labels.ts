/** A round's state under its title: its scoring period while open. */
export const roundPeriod = (r: { status: string; startDay: string; endDay: string }): string => (r.status === 'open' ? `评分 ${r.startDay} 至 ${r.endDay}` : '已结束');
