/** Simplified Chinese names of the sample catalog's collections, keyed by their English slug. */
export const collectionTranslationsZh: Record<string, string> = {
    electronics: '电子产品',
    computers: '电脑',
    'camera-photo': '相机与摄影',
    'home-garden': '家居与园艺',
    furniture: '家具',
    plants: '植物',
    'sports-outdoor': '运动与户外',
    equipment: '运动器材',
    footwear: '鞋履',
};
