/** The RFQ nav section; nav titles are explicit translation ids (see ../i18n). */
export const RFQ_NAV_SECTION_ID = 'rfq';
