/** The logistics nav section; nav titles are explicit translation ids (see ../i18n). */
export const LOGISTICS_NAV_SECTION_ID = 'logistics';
