/**
 * Simplified Chinese for Vendure's sample catalog (`@vendure/create`'s `products.csv` and `initial-data.json`),
 * keyed by the English text it ships with. `catalog-seeder.ts` imports the catalog with these as a second language;
 * `translations-zh.spec.ts` checks that every English string of the sample files has its Chinese here, so a newer
 * sample catalog fails the test instead of importing half in English.
 */

/** Collections, keyed by their English slug. */
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

/** Products, keyed by their English slug: name and description. */
export const productTranslationsZh: Record<string, { name: string; description: string }> = {
    laptop: {
        name: '笔记本电脑',
        description:
            '现已搭载第七代英特尔酷睿处理器，笔记本电脑比以往更加迅捷。无论是打开应用、处理文件等日常任务，还是更复杂的运算，更快的固态硬盘和最高 3.6GHz 的睿频加速都能让您轻松应对一整天的工作。',
    },
    tablet: {
        name: '平板电脑',
        description:
            '如果电脑是今天才发明的，它会是什么样子？它强大到足以胜任任何任务，轻便到可以随身带到任何地方，又直观到可以随心使用——触控、键盘，甚至一支笔。换句话说，它不再只是一台“电脑”，而是平板电脑。',
    },
    'cordless-mouse': {
        name: '无线光电鼠标',
        description:
            '罗技 M185 无线光电鼠标是每一位电脑用户的好帮手。罗技是这类设备的全球市场领导者，品质稳定可靠。一只不容小觑的鼠标！',
    },
    '32-inch-monitor': {
        name: '32 英寸显示器',
        description:
            'UJ59 拥有超高清分辨率，像素是全高清的 4 倍，带来更大的屏幕空间和栩栩如生的画面。浏览文档和网页时无需频繁滚动，多窗口和工具栏并排使用更舒适，照片、视频和游戏都能以震撼的 4K 画质呈现。注意：不含饮料。',
    },
    'curvy-monitor': {
        name: '曲面显示器',
        description:
            '曲率比其他显示器更深，带来真正身临其境的观看体验。1800R 屏幕环绕您的视野，视角更宽广、纵深感更强，并减少周边干扰，让您更专注于眼前的内容。',
    },
    'high-performance-ram': {
        name: '高性能内存',
        description:
            '每条内存都配有纯铝散热片，散热更快、运行更凉爽。支持 XMP 2.0，超频表现更佳。兼容：Intel 100、200、300 系列，Intel X299，AMD 300、400 系列。',
    },
    'gaming-pc': {
        name: '游戏电脑',
        description:
            '这台电脑专为游戏优化，并支持 VR。英特尔酷睿 i7 处理器与高性能显卡为它提供高水平运行所需的强劲性能。',
    },
    'hard-drive': {
        name: '硬盘',
        description: '这款内置硬盘专为台式机和一体机设计，轻松扩充您的电脑存储空间。',
    },
    'clacky-keyboard': {
        name: '机械键盘',
        description:
            '让同事们都知道您正在使用这款独一无二的彩色机械键盘。每个按键都有充足的键程，每一次敲击都清脆响亮。',
    },
    'ethernet-cable': {
        name: '网线',
        description:
            '5 米六类网线（向上、向下兼容），跳线，两端 RJ-45 水晶头，带防弯折护套。工作频率高达 250 MHz（五类/超五类网线为 100 MHz），传输速度更快。',
    },
    'usb-cable': {
        name: 'USB 数据线',
        description:
            '实心导体消除线芯间的相互干扰，降低抖动。表面采用高纯度银，性能接近纯银线材，价格却更接近纯铜线材。',
    },
    'instant-camera': {
        name: '拍立得相机',
        description: '复古怀旧的外观，简单的一键拍摄，这款拍立得相机是入门即时摄影的理想之选。',
    },
    'camera-lens': {
        name: '相机镜头',
        description:
            '这是一款 Di 型镜头，采用改进多层镀膜的光学系统，既适用于数码单反相机，也适用于胶片相机。',
    },
    'vintage-folding-camera': {
        name: '复古折叠相机',
        description: '这款复古折叠相机年代久远，已无法真正拍出照片，但作为家居或办公室的装饰品却十分出色。',
    },
    tripod: {
        name: '三脚架',
        description:
            '借助这款轻便三脚架，拍出生动的专业级照片。高度可调，轻松获得稳定支撑，找准角度，拍下那张获奖之作。',
    },
    'instamatic-camera': {
        name: '傻瓜相机',
        description:
            '这款价格实惠的傻瓜相机使用易于装填的 126 胶卷盒，内置闪光灯，无论光线条件如何都能拍出好照片。',
    },
    'compact-digital-camera': {
        name: '便携数码相机',
        description:
            '高水准的性能与先进功能助您释放创意：AI 实时眼部对焦、高精度实时追踪、高速连拍以及 4K HDR 视频拍摄。创新的自动对焦系统能快速可靠地识别主体位置并追踪其运动，始终保持清晰对焦。',
    },
    'nikkormat-slr-camera': {
        name: '尼康玛特单反相机',
        description:
            '尼康于 1965 年推出 Nikkormat FS。随机镜头为 50mm f1.4 尼克尔镜头，玻璃素质出色，对焦顺滑，光圈工作正常。附带 UV 滤镜和尼康镜头前盖。',
    },
    'compact-slr-camera': {
        name: '紧凑型单反相机',
        description:
            '复古造型，小巧便携，搭载强大的 2400 万像素 APS-C CMOS 传感器，是日常创意摄影的理想伙伴。配备先进的混合自动对焦系统，即使高速运动的主体也能紧紧跟上；每秒 6 张连拍、高分辨率电子取景器和直观的翻转触摸屏一应俱全。',
    },
    'twin-lens-camera': {
        name: '双镜头反光相机',
        description:
            '禄来双反相机为何如此特别？原因有很多。首先，TLR 是双镜头反光的缩写：“双镜头”是因为它有两只镜头，“反光”是指摄影师透过镜头，在对焦屏上观看被摄物或场景的反射影像。',
    },
    'road-bike': {
        name: '公路自行车',
        description:
            '全碳纤维车架，配备越野公路专用碳纤维前叉，组件为赛道上的高强度使用而设计。轻量、高效、操控出色，助您始终骑在车队最前列。',
    },
    'skipping-rope': {
        name: '跳绳',
        description:
            '锻炼时，您需要一根不会跳几下就缠在一起的优质跳绳，这根跳绳就不会有这个问题。至于它看起来像一对美味的法兰克福香肠，那只是个额外的惊喜。',
    },
    'boxing-gloves': {
        name: '拳击手套',
        description:
            '为最佳训练效果而设计的训练手套。手套贴合拳头的自然形状，有助于养成正确的出拳技术。致密创新的双层泡棉吸震效果更好，正面、背面和手腕全面包覆衬垫。',
    },
    tent: {
        name: '帐篷',
        description:
            '内部空间宽敞（最多可容纳 4 人），整个帐篷都能站直身体，造型别致醒目，满足您露营所需的一切。',
    },
    'cruiser-skateboard': {
        name: '巡航滑板',
        description:
            '以 20 世纪 70 年代的经典板型为基础，加大到 69 厘米，并采用升级的优质配件。非常适合初学者练习脚位，也适合整天在城市里巡航滑行。',
    },
    football: {
        name: '足球',
        description: '高对比度的图案让足球在比赛中清晰醒目，机缝 TPU 外皮表现稳定一致。',
    },
    'tennis-ball': {
        name: '网球',
        description:
            '我们的狗狗很喜欢这些网球。每天玩上大半天，它们也能用上好一阵子，直到最后丢在田野或灌木丛里，或是外皮磨掉为止。',
    },
    basketball: {
        name: '篮球',
        description:
            'Wilson MVP 篮球非常适合打球和长时间练习提高球技。它专为新手设计，采用适合球场的优质橡胶制成，让您在练习中尽情使用。',
    },
    'ultraboost-running-shoe': {
        name: 'Ultraboost 跑鞋',
        description:
            '超轻、极具回弹的魔力泡棉，加上仿佛推动您向前的碳纤维板，这双跑鞋助您赢得每一场或大或小的胜利。',
    },
    'freerun-running-shoe': {
        name: 'Freerun 跑鞋',
        description: 'Freerun 男子跑鞋为打破纪录的速度而生。Flyknit 鞋面提供超轻支撑，贴合如手套。',
    },
    'hi-top-basketball-shoe': {
        name: '高帮篮球鞋',
        description:
            '自 2008 年以来性能出众，Hyperdunkz 篮球鞋无需噱头也能脱颖而出。气垫单元带来一流的缓震，动态系带系统让双脚稳固贴合，让您专注于比赛本身。',
    },
    'pureboost-running-shoe': {
        name: 'Pureboost 跑鞋',
        description:
            '专为应对路缘、转角和不平的人行道而设计，这款自然跑鞋拥有更宽的着地区域和增加稳定性的后跟板。轻盈有弹性的针织鞋面支撑您自然的步伐。',
    },
    'runx-running-shoe': {
        name: 'RunX 跑鞋',
        description:
            '这款跑鞋采用透气轻盈的网眼鞋面，耐用的橡胶外底牢牢抓地，更加稳定；缓震中底让每一步都舒适。',
    },
    'allstar-sneakers': {
        name: 'Allstar 帆布鞋',
        description:
            'All Star 是世界上最具标志性的运动鞋，以其独特的轮廓、星形脚踝贴标和文化底蕴而闻名。就像最好的经典一样，它历久弥新。',
    },
    'spiky-cactus': {
        name: '刺仙人掌',
        description:
            '带刺却优雅的室内仙人掌，非常适合家居或办公室。原产地与生境：可能仅原产于秘鲁的安第斯山脉。',
    },
    'tulip-pot': {
        name: '郁金香盆栽',
        description:
            '明亮的深红色原种郁金香，花心为黑色，形似罂粟的花朵在阳光充足时会完全绽放。非常适合岩石花园、盆栽和花境镶边。',
    },
    'hanging-plant': {
        name: '垂吊绿植',
        description:
            '分布于美洲热带和亚热带地区，附生在树枝上，也会长在电话线、电缆和电线杆上，有时甚至会把它们压倒。这种植物喜欢湿润温暖的空气。',
    },
    'aloe-vera': {
        name: '芦荟',
        description:
            '装饰性的芦荟是一种可爱的室内植物。它非常时尚，而且极易打理。数百年来，芦荟汁液以其显著的药用和美容功效而闻名，可用于处理擦伤、蚊虫叮咬和晒伤——确实有效。',
    },
    'fern-blechnum-gibbum': {
        name: '乌毛蕨',
        description: '这株葱郁的树蕨为您的家营造热带氛围，叶片极具装饰性，假以时日还会长出一段纤细的短树干。',
    },
    'assorted-succulents': {
        name: '多肉植物组合',
        description:
            '这些多肉植物形态各异、色彩缤纷，每一株都有自己独特的个性。多肉植物在充足的光照下长得最好：阳光充足的窗台是它们茁壮成长的理想之地！',
    },
    orchid: {
        name: '兰花',
        description:
            '优雅华贵。中性的颜色适合任何室内风格，是最受欢迎的蝴蝶兰品种。2 到 3 英尺高的花茎上开着硕大的白色花朵，花期可持续两个多月。',
    },
    'bonsai-tree': {
        name: '盆景树',
        description:
            '优质的半常绿盆景，室内室外皆可，但冬季需要一定的防护。所有发出的盆景离开苗圃时都状态良好，品质与图片相当或更好。',
    },
    'guardian-lion-statue': {
        name: '守护石狮雕像',
        description: '摆放在家中或办公室，可以为您带来财运与兴旺，守护家宅，驱邪避凶。',
    },
    'hand-trowel': {
        name: '园艺手铲',
        description: '用于园艺耕作的手铲，锤纹环氧涂层铲头，更耐锈蚀、刮擦、潮湿和土壤中的碱性物质。',
    },
    'balloon-chair': {
        name: '气球椅',
        description:
            '一把迷人的复古白色木椅，配有一个圆圆的粉色气球。气球可以取下另作他用，例如用作派对装饰。',
    },
    'grey-fabric-sofa': {
        name: '灰色布艺沙发',
        description:
            '座垫填充高回弹泡棉和聚酯纤维棉，为身体提供舒适的支撑，起身后能迅速恢复原状。外套可拆卸并可机洗，易于保持清洁。',
    },
    'leather-sofa': {
        name: '真皮沙发',
        description:
            '这款优质的棕褐色再生皮革座椅属于“chill”沙发系列。拉杆式躺靠功能可轻松调节到任意角度。精致的靠背设计和饱满的圆形扶手，处处为您的舒适着想。座垫为泡棉独立弹簧，靠垫填充纤维棉。',
    },
    'light-shade': {
        name: '灯罩',
        description:
            '现代风格的锥形白色涤棉吊灯罩，内侧为金属银色镀铬饰面，反光效果最佳。可翻转的万向架让它既能用作吸顶灯罩，也能用作台灯罩。',
    },
    'wooden-side-desk': {
        name: '木质边桌',
        description: '抽屉限位装置防止抽屉被拉出过多。内置理线装置，收纳线缆，隐藏于视线之外又触手可及。',
    },
    'comfy-padded-chair': {
        name: '舒适软垫椅',
        description: '符合人体曲线的靠背让您坐得舒适。椅架采用实木制成，实木是一种经久耐用的天然材料。',
    },
    'black-eaves-chair': {
        name: '黑色伊夫斯椅',
        description: '碗形座面与圆润的靠背，坐感舒适。组装无需工具，只需通过座面下方的简易机构一按即可卡合。',
    },
    'wooden-stool': {
        name: '木凳',
        description: '实木是一种耐磨的天然材料，可根据需要打磨和进行表面处理。',
    },
    'bedside-table': {
        name: '床头柜',
        description: '每张床头柜都独一无二，纹理各异、色泽自然变化，这正是木材的魅力所在。',
    },
    'modern-cafe-chair': {
        name: '现代咖啡椅',
        description:
            '座面舒适而富有弹性，让您坐得安稳惬意。轻巧易搬动，却又足够稳固，即使家中最活泼的小朋友也能放心使用。',
    },
};

/** Facets (`category`, `brand`, …), keyed by their English name. */
export const facetTranslationsZh: Record<string, string> = {
    category: '类别',
    brand: '品牌',
    color: '颜色',
    'plant type': '植物类型',
};

/**
 * Facet values, keyed by their English name. Brands keep their own names in both languages; they are listed so that
 * a value missing here is a value nobody translated, not a brand.
 */
export const facetValueTranslationsZh: Record<string, string> = {
    Electronics: '电子产品',
    Computers: '电脑',
    Photo: '摄影',
    'Home & Garden': '家居与园艺',
    Furniture: '家具',
    Plants: '植物',
    'Sports & Outdoor': '运动与户外',
    Equipment: '运动器材',
    Footwear: '鞋履',
    black: '黑色',
    blue: '蓝色',
    brown: '棕色',
    gray: '灰色',
    green: '绿色',
    pink: '粉色',
    white: '白色',
    wood: '原木色',
    yellow: '黄色',
    Indoor: '室内',
    Outdoor: '户外',
    ADMI: 'ADMI',
    Adidas: 'Adidas',
    Agfa: 'Agfa',
    Apple: 'Apple',
    Converse: 'Converse',
    Corsair: 'Corsair',
    Everlast: 'Everlast',
    Kodak: 'Kodak',
    Logitech: 'Logitech',
    Manfrotto: 'Manfrotto',
    Nike: 'Nike',
    Nikkon: 'Nikkon',
    Pinarello: 'Pinarello',
    Polaroid: 'Polaroid',
    Rolleiflex: 'Rolleiflex',
    Samsung: 'Samsung',
    Seagate: 'Seagate',
    Sony: 'Sony',
    Wilson: 'Wilson',
};

/** Option groups, keyed by their English name. */
export const optionGroupTranslationsZh: Record<string, string> = {
    'screen size': '屏幕尺寸',
    RAM: '内存',
    storage: '存储容量',
    'monitor size': '显示器尺寸',
    color: '颜色',
    size: '尺码',
    cpu: '处理器',
    HDD: '硬盘',
};

/**
 * Options, keyed by their English name. A variant's name is its product's and its options' names, in each
 * language (Vendure's importer), so these make the Chinese variant names too ("笔记本电脑 13 英寸 8GB").
 */
export const optionTranslationsZh: Record<string, string> = {
    '13 inch': '13 英寸',
    '15 inch': '15 英寸',
    '24 inch': '24 英寸',
    '27 inch': '27 英寸',
    '4GB': '4GB',
    '8GB': '8GB',
    '16GB': '16GB',
    '32GB': '32GB',
    '128GB': '128GB',
    '120GB SSD': '120GB 固态硬盘',
    '240GB SSD': '240GB 固态硬盘',
    '1TB': '1TB',
    '2TB': '2TB',
    '3TB': '3TB',
    '4TB': '4TB',
    '6TB': '6TB',
    'i7-8700': 'i7-8700',
    'R7-2700': 'R7-2700',
    'Size 40': '40 码',
    'Size 42': '42 码',
    'Size 44': '44 码',
    'Size 46': '46 码',
    mint: '薄荷绿',
    mustard: '芥末黄',
    pearl: '珍珠白',
};

/**
 * The sample's shipping and payment methods, keyed by their code. Their English descriptions are empty (Vendure's
 * populator gives none), and so are these.
 */
export const methodTranslationsZh: Record<string, { name: string; description: string }> = {
    'standard-shipping': { name: '标准配送', description: '' },
    'express-shipping': { name: '加急配送', description: '' },
    'standard-payment': { name: '标准支付', description: '' },
};
