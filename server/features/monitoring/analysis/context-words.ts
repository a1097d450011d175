/**
 * Vietnamese (and a little English) words around a name that tell what the name is: an address
 * unit, a street, a person, a company, a credit line. General language rules, not province data;
 * all keys are lower-case syllable keys (see common/text/syllables.ts).
 */

// Word lists are written as "|"-separated strings to keep them readable as lists.
const set = (words: string) => new Set(words.split('|'));

/** Administrative designators that continue an address chain ("xã X, huyện Y, tỉnh Z"). */
export const ADDRESS_DESIGNATORS = set(
  'xã|phường|huyện|quận|thị|trấn|thành|phố|tp|tx|tỉnh|thôn|bản|xóm|tổ|khu|ấp|district|province' +
    '|commune|city|town|village',
);

/** Designators that mark the next name as an administrative unit ("xã Yên Sơn"). */
export const UNIT_DESIGNATORS = set('xã|phường|huyện|quận|trấn|tỉnh|thôn|bản|xóm|tp');

/**
 * Words before a name that make it a street ("phố Tuyên Quang" in Hà Nội, "đường Hà Giang"); "duong" is
 * "đường" in a post written without diacritics ("ngap duong Tan Trao o Q7"). Accented text keys the
 * surname Dương as "dương", so only unaccented writing reads "duong".
 */
export const STREET_WORDS = set('phố|đường|ngõ|ngách|hẻm|kiệt|lộ|duong|street|road|st');

/** English street words written after the name ("Tuyen Quang Street", "Ha Giang St."). */
export const STREET_WORDS_AFTER = set('street|st|avenue|lane');

/** Street words that may also open a route between two places ("đường Hà Giang – Đồng Văn"). */
export const ROUTE_WORDS = set('đường|lộ|road');

/** Words that, before "phố"/"đường", mean the word is not a street ("thành phố", "con đường lên"). */
export const STREET_FALSE_FRIENDS = set('thành|con|cung|quãng|chặng|xuyên|nửa');

// Two-syllable titles: only these pairs count (the last syllable alone is ambiguous).
const TITLE_PAIRS = set(
  'cô giáo|ca sĩ|nghệ sĩ|nữ sinh|học sinh|sinh viên|diễn viên|người mẫu|hoa hậu|á hậu|nhà báo' +
    '|bác sĩ|y sĩ|nha sĩ|họa sĩ|nhạc sĩ|tác giả|nhà văn|nhà thơ|đạo diễn|vận động viên|cầu thủ' +
    '|thí sinh|giáo viên|nạn nhân|bị cáo|bị hại|đối tượng|thiếu nữ|cô gái|chàng trai|nữ ca sĩ' +
    '|nam ca sĩ|luật sư|tiền vệ|tiền đạo|hậu vệ|thủ môn|võ sĩ|kỳ thủ|nghệ danh|tên thật' +
    // Social posts: "chúc mừng sinh nhật Hà Giang", "con bạn thân Ha Giang" (also written unaccented),
    // a parent's post about a child ("con gái Hà Giang", "con gai Ha Giang").
    '|sinh nhật|bạn thân|sinh nhat|ban than|con gái|con gai|con trai',
);

const SINGLE_TITLES = set(
  'anh|chị|em|cô|bà|ông|bé|cháu|cụ|chú|bác|thầy|bạn|nàng|cậu|bố|mẹ|vợ|chồng|mc|btv|pv|ths|ts|pgs|gs|bs' +
    '|ls|nsnd|nsưt|vđv|hlv|mr' +
    '|ms|mrs|dr|singer|miss|rapper|dj|youtuber|tiktoker|vlogger|blogger|streamer' +
    // English professions before a name ("pediatrician Lam Binh", "chef Ha Giang Nguyen").
    '|doctor|physician|pediatrician|paediatrician|surgeon|dentist|nurse|professor|prof|chef|lawyer|attorney' +
    '|author|writer|novelist|poet|artist|painter|photographer|designer|founder|entrepreneur|journalist',
);

/**
 * English kinship words before a name, glued or in apposition ("his daughter Ha Giang", "named after
 * her grandmother, Ha Giang, whose recipes…"): the name is a relative's.
 */
export const KIN_WORDS = set(
  'grandmother|grandma|granny|grandfather|grandpa|granddaughter|grandson|mother|father|daughter|wife' +
    '|husband|aunt|uncle|niece|nephew|cousin|mum|mom|dad|stepmother|stepfather|stepdaughter',
);

/** Titles written as an abbreviation with a full stop before the name ("Dr. Lam Binh", "TS. Hà Giang"). */
export const ABBREVIATED_TITLES = set('dr|mr|mrs|ms|prof|ts|ths|pgs|gs|bs|ls');

/** Titles that before a province's name usually say where someone is from ("nữ sinh Tuyên Quang"). */
export const DEMONYM_TITLES = set(
  'nữ sinh|nam sinh|học sinh|sinh viên|thí sinh|cô gái|chàng trai|thiếu nữ|người con|con gái|con trai',
);

/** Whether the one or two syllables before a name are a person's title. */
export function isPersonTitle(previous2: string | undefined, previous1: string | undefined): boolean {
  if (previous1 === undefined) return false;
  if (SINGLE_TITLES.has(previous1) || KIN_WORDS.has(previous1)) return true;
  if (previous2 !== undefined && TITLE_PAIRS.has(`${previous2} ${previous1}`)) return true;
  return false;
}

/** Common Vietnamese family names (the capitalised syllable before a given name). */
export const SURNAMES = set(
  'nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|hồ|ngô|dương|lý|đào|đinh|lâm|mai|trương' +
    '|vương|trịnh|tạ|lương|triệu|cao|ma|hà|lò|sùng|giàng|vàng|thào|lù|hầu|chu|quan|nông|la|tô|kiều' +
    '|khúc|châu|âu|lưu|nghiêm|thái|tăng|quách|nguyen|tran|le|pham|hoang|vu|dang|bui|do|ngo|duong|ly' +
    '|dao|dinh|lam',
);

/** Words after a name that still belong to it in an address ("phường Vị Xuyên cũ (thành phố Nam Định)"). */
export const FORMER_WORDS = set('cũ|trước|former|old');

/**
 * "thuộc" places the name before it ("khu vực Vị Xuyên thuộc trung tâm Nam Định cũ"); these lower-case
 * words may stand between it and the place ("thuộc địa phận", "thuộc khu vực", "thuộc trung tâm").
 */
export const PLACED_IN = 'thuộc';
export const PLACEMENT_WORDS = set('địa|phận|khu|vực|trung|tâm|nội|ngoại|vùng|ven');

/** Common middle names ("Nguyễn Thị Hà Giang", "Lê Thanh Thủy"): a surname usually comes first. */
export const MIDDLE_NAMES = set(
  'thị|văn|ngọc|thu|thanh|minh|đức|quang|hồng|kim|bảo|gia|hữu|công|xuân|mạnh|việt|phương|thúy|diệu|khánh',
);

/** Verbs after a bare name that make it a speaker ("Hà Giang cho biết"). */
export const SPEECH_VERBS = set(
  'cho biết|chia sẻ|kể|tâm sự|bày tỏ|bộc bạch|tiết lộ|khoe|nói|hát|thể hiện|nhớ lại|cười|said|says',
);

/** Words before a name (within a few syllables, same clause) that make it a company's, shop's or ship's name. */
export const ORGANISATION_WORDS = set(
  'công ty|tnhh|cổ phần|tập đoàn|nhà hàng|quán|khách sạn|cửa hàng|thương hiệu|hãng|chuỗi|siêu thị' +
    '|đại lý|showroom|karaoke|spa|tiệm|company|hotel|restaurant|brand|nhà xe|xe khách|homestay|tiệm ăn' +
    '|cà phê|cafe|café|coffee' +
    // A pharmacy or gold shop named after a place ("nhà thuốc Hà Giang" in another city).
    '|nhà thuốc|quầy thuốc|hiệu thuốc|pharmacy|tiệm vàng|hiệu vàng' +
    // A band named after a place ("ban nhạc Mèo Vạc").
    '|ban nhạc|nhóm nhạc|band' +
    // A product's brand ("nước uống nhãn hiệu “Lũng Cú”").
    '|nhãn hiệu|nhãn hàng|label' +
    // A ship carries a place's name too ("tàu hàng Hà Giang 08", "the cargo ship Ha Giang").
    '|tàu hàng|tàu chở|tàu cá|tàu biển|tàu container|tàu kéo|sà lan|xà lan|vessel|ship|freighter|tanker',
);

/** Age words between a person's title and the name ("rapper trẻ …", "ca sĩ nhí …"). */
export const AGE_WORDS = set('trẻ|nhí|teen');

/** Words that follow a place name to make it a shop's name ("Mã Pí Lèng Coffee", "Đồng Văn Homestay"). */
export const TRAILING_BRAND_WORDS = set(
  'coffee|cafe|café|coffeeshop|homestay|hostel|hotel|restaurant|bistro|bakery|express|tea|milktea|boutique|spa|karaoke|mart' +
    '|brewing|brewery|beer|pub|kitchen|house|pho|grill|bar|eatery|diner|noodle|noodles|bbq|quán|band',
);

/**
 * English nouns that, heading an appositive after a name ("Lung Cu, a new Footscray canteen, …"), say
 * the name is an eatery's or a shop's.
 */
export const APPOSITIVE_SHOP_WORDS = set(
  'restaurant|canteen|cafe|café|coffeehouse|bistro|bar|eatery|bakery|diner|brasserie|kitchen|joint|shopfront' +
    '|teahouse|takeaway|deli|shop|store|boutique|hostel|homestay|hotel',
);

/** Words that end an appositive's noun phrase before its head ("a town with a cafe", "a hub for bars"). */
export const APPOSITIVE_STOPS = set(
  'in|of|with|where|that|which|who|whose|for|on|at|to|near|and|by|from|famous|known|as',
);

/** Words before a name that make it a place in a sentence, not a subject named by an appositive ("in Ha Giang, a …"). */
export const PLACE_PREPOSITIONS = set('in|at|near|from|to|around|outside|across|through|of|visit|visiting|via');

/** Lower-case words after a name that make it a performer's ("Mèo Vạc live tại Hà Nội"). */
export const PERFORMER_AFTER = set('live|liveshow|concert');

/**
 * Common given names that, capitalised and glued before a place's name, make a nickname ("Hải Mã Pí
 * Lèng", "Tùng Hà Giang"): no direction or quality words ("Nam", "Bắc", "Tây", "Thượng").
 */
export const GIVEN_NAMES = set(
  'hải|hùng|tuấn|dũng|cường|thắng|hiếu|huy|khoa|phúc|tùng|hưng|tú|đạt|vinh|quân|duy' +
    '|hoa|lan|hương|trang|linh|hằng|nga|thảo|vy|ngân|yến|hiền|nhung|oanh|hai|hung|tuan|dung|cuong',
);

/** Words that end a company name when walking back from a place name ("quán ăn ở phố cổ Đồng Văn"). */
export const BRAND_STOPS = set('ở|tại|trên|thuộc|về|đến|từ|của|và|với|cho|khi|in|at|near');

/** Words before "tỉnh" that make it some other province ("các tỉnh", "liên tỉnh"), not "our" province. */
export const OTHER_PROVINCE_BEFORE = set('các|nhiều|những|mỗi|một|liên|ngoại|giữa|hai|ba|34|63');

/** Words after "tỉnh" that make it some other province ("tỉnh bạn", "tỉnh lân cận"). */
export const OTHER_PROVINCE_AFTER = set('bạn|khác|lân|thành|lỵ');

/**
 * Words that may stand between "khách (đến) từ" and a province in a list of where visitors came from
 * ("khách từ các tỉnh lân cận như Phú Thọ, Tuyên Quang"): the province is an origin, not the subject.
 */
export const ORIGIN_LIST_WORDS = set('các|tỉnh|thành|phố|lân|cận|như|và|cùng|nhiều|địa|phương|khác');

/** Words before a press agency's name that make the mention a credit line ("Theo Báo Tuyên Quang"). */
export const CREDIT_WORDS = set('theo|nguồn|ảnh|video|source');

/** Provinces and big cities of Việt Nam (before and after 2025) and neighbouring foreign places. */
export const VIETNAM_PLACES = (
  'Hà Nội|TP Hồ Chí Minh|TP.HCM|TPHCM|Hồ Chí Minh|Sài Gòn|Hải Phòng|Đà Nẵng|Cần Thơ|Huế' +
  '|Thừa Thiên Huế|Lai Châu|Điện Biên|Sơn La|Lạng Sơn|Quảng Ninh|Thanh Hóa|Nghệ An|Hà Tĩnh|Cao Bằng' +
  '|Lào Cai|Yên Bái|Thái Nguyên|Bắc Kạn|Phú Thọ|Vĩnh Phúc|Hòa Bình|Bắc Ninh|Bắc Giang|Hưng Yên' +
  '|Thái Bình|Hải Dương|Hà Nam|Nam Định|Ninh Bình|Quảng Bình|Quảng Trị|Quảng Nam|Quảng Ngãi' +
  '|Bình Định|Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng' +
  '|Bình Phước|Tây Ninh|Bình Dương|Đồng Nai|Bà Rịa – Vũng Tàu|Bà Rịa|Long An|Tiền Giang|Bến Tre' +
  '|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau|Phú Quốc' +
  '|Trung Quốc|Vân Nam|Quảng Tây|Văn Sơn|Côn Minh|Nam Ninh|Bắc Kinh|Lào|Campuchia|Thái Lan|Hanoi' +
  '|Ho Chi Minh City|Saigon|Da Nang|Haiphong|Lao Cai|Cao Bang|Yen Bai|Quang Ninh|Ha Nam|Nghe An' +
  '|Thanh Hoa|Yunnan|Guangxi|China'
).split('|');

/** Neutral places that never decide an address chain ("Thanh Thủy (Việt Nam) – Thiên Bảo"). */
export const NEUTRAL_PLACES = ['Việt Nam', 'Vietnam', 'Viet Nam'];
