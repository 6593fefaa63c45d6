/** Month names in order: background dates are read by them (rules/background.ts). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Weekday and month names as one regular-expression alternation: capitalised words that name no actor and no outlet. */
export const CALENDAR_NAMES = [...WEEKDAYS, ...MONTHS].join('|');
