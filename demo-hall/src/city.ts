/** The fictional city of the demo hall. Region code 3399xx is not allocated to any real place. */
export const CITY_NAME = '临江市';
export const HALL_NAME = `${CITY_NAME}政务服务中心`;
/** Administrative division code used in matter codes. */
export const REGION_CODE = '339900';
/** Fictional districts and counties, used in applicants' resident ID numbers. */
export const DISTRICT_CODES = ['339902', '339903', '339904', '339905', '339921', '339922', '339981'] as const;
export const PHONE_AREA_CODE = '0571';
