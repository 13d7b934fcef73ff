"""Names in Chinese characters: Vietnamese ones read in Sino-Vietnamese (黄文明 "Hoang Van
Minh"), Chinese ones in pinyin (刘志强 "Liu Zhiqiang"). Which one a name is, the words around it
tell (see ``people_latin``); these are the two readings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def _pairs(spec: str) -> dict[str, str]:
    """ "a=b c=d" -> {"a": "b", "c": "d"}."""
    return dict(item.split("=") for item in spec.split())


# --- Chinese characters read in Sino-Vietnamese (names of Vietnamese people) ---------------

_HAN_VIET_TABLE = (
    "阮Nguyen 陈陳Tran 黎Le 范Pham 黄黃Hoang 潘Phan 武Vu 邓鄧Dang 裴Bui 杜Do 胡Ho 吴吳Ngo "
    "杨楊Duong 李Ly 乔喬Kieu 郑鄭Trinh 丁Dinh 何河Ha 梁Luong 谢謝Ta 赖賴Lai 梅Mai 赵趙Trieu "
    "朱Chu 高Cao 林Lam 苏蘇To 曾Tang 郭Quach 蔡Thai 孔Khong 段Doan 宋Tong 陆陸Luc 农農Nong "
    "许許Hua 刘劉Luu 王Vuong 冯馮Phung 叶葉Diep 翁Ong 严嚴Nghiem 侯Hau 陶Dao 童Dong 甘Cam "
    "文Van 氏Thi 春Xuan 德Duc 明Minh 光Quang 国國Quoc 英Anh 玉Ngoc 金Kim 秋Thu 海Hai 南Nam "
    "山Son 红紅鸿鴻Hong 丰豐风風峰锋鋒Phong 忠中Trung 仲Trong 富Phu 福Phuc 清青成诚誠Thanh "
    "生Sinh 胜勝Thang 战戰Chien 辉輝Huy 惠Hue 华華和花Hoa 庆慶Khanh 雄兴興Hung 强強Cuong "
    "勇Dung 俊Tuan 进進仙Tien 全Toan 安An 平Binh 长長张張Truong 宝寶Bao 贵貴Quy 龙龍Long "
    "凤鳳芳方Phuong 香Huong 兰蘭Lan 雪Tuyet 美My 维維Duy 廉Liem 日Nhat 月Nguyet 心Tam 志Chi "
    "智Tri 义義Nghia 仁Nhan 孝晓曉Hieu 友有Huu 星Tinh 庭廷Dinh 功公Cong 东東Dong 北Bac "
    "广廣Quang 秀Tu 兵Binh 宁寧Ninh 泰太Thai 世The 孟Manh 灵靈玲Linh 水翠瑞Thuy 贤賢显顯Hien "
    "达達Dat 新Tan 政正Chinh 盛Thinh 荣榮永Vinh 泉宣选選Tuyen 相祥Tuong 琼瓊Quynh 竹Truc "
    "松Tung 江Giang 银銀Ngan 庄莊壮壯Trang 玄Huyen 慧Tue 开開凯凱Khai 科Khoa 康Khang "
    "军軍君Quan 石Thach 云雲Van 桃Dao 菊Cuc 莲蓮Lien 珠Chau 宏Hoang 怀懷Hoai 恒恆Hang 登Dang "
    "俭儉Kiem 坚堅Kien 丽麗Le 信Tin 辰Thin 振Chan 雅Nha 娥Nga 燕Yen 宗Tong 尊Ton 秦Tan "
    "姮嫦Hang 绒絨Nhung 蓉Dung 娟Quyen 琴Cam 梦夢Mong 薇Vi 莺鶯Oanh 霞Ha 贞貞Trinh"
)
_HAN_VIET = {
    char: "".join(c for c in token if c.isascii())
    for token in _HAN_VIET_TABLE.split()
    for char in token
    if not char.isascii()
}


def han_words(word: str) -> list[str]:
    """Sino-Vietnamese readings, only when every character has one: a Japanese or Chinese name
    read half in Vietnamese would be worse than the name as written."""
    return [_HAN_VIET[char] for char in word] if all(c in _HAN_VIET for c in word) else [word]


# --- Chinese characters read in Mandarin (names of Chinese people) -----------------------------

# Family names read otherwise than the characters' commonest reading (曾 Zeng, not Ceng), the
# compound ones first.
_PINYIN_SURNAMES = _pairs(
    "欧阳=Ouyang 司马=Sima 诸葛=Zhuge 上官=Shangguan 皇甫=Huangfu 东方=Dongfang 夏侯=Xiahou "
    "公孙=Gongsun 慕容=Murong 司徒=Situ 端木=Duanmu 宇文=Yuwen 令狐=Linghu 尉迟=Yuchi "
    "长孙=Zhangsun 曾=Zeng 单=Shan 仇=Qiu 解=Xie 区=Ou 查=Zha 翟=Zhai 朴=Piao 覃=Qin 盖=Ge "
    "缪=Miao 秘=Bi 乐=Yue 召=Shao 种=Chong 员=Yun 纪=Ji 万=Wan 沈=Shen 薛=Xue 宁=Ning 贾=Jia "
    "任=Ren 石=Shi 华=Hua 阚=Kan 黑=He 隗=Wei 句=Gou 繁=Po 么=Yao 过=Guo"
)


@functools.cache
def _lazy_pinyin() -> Callable[[str], list[str]] | None:
    """pypinyin's reader, loaded on the first Chinese name (0.3 s of dictionaries); None if
    the package is not installed."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:
        return None
    return lazy_pinyin


def place_pinyin(name: str) -> str:
    """A place name in pinyin as one capitalised word (沙迦 -> "Shajia"); as written without
    pypinyin."""
    read = _lazy_pinyin()
    return "".join(read(name)).capitalize() if read is not None else name


def pinyin(name: str) -> str | None:
    """A Chinese name in pinyin without tones, family name first: 刘志强 -> "Liu Zhiqiang";
    a foreign name written in characters keeps its parts (坎蓬·西沙万 -> "Kanpeng Xishawan").
    None without pypinyin."""
    read = _lazy_pinyin()
    if read is None:
        return None
    parts = [part for part in re.split(r"[·・•･\s]+", name) if part]
    if len(parts) == 1 and 2 <= len(name) <= 4:
        surname = next((name[:n] for n in (2, 1) if name[:n] in _PINYIN_SURNAMES), "")
        family = _PINYIN_SURNAMES.get(surname) or "".join(read(name[:1])).capitalize()
        given = "".join(read(name[len(surname) or 1 :]))
        return f"{family} {given.capitalize()}".strip()
    return " ".join("".join(read(part)).capitalize() for part in parts)


def sino_vietnamese(name: str) -> str | None:
    """The Sino-Vietnamese reading of a name in Chinese characters (黄文明 -> "Hoang Van Minh"),
    None unless every character has one in the table."""
    chars = [char for char in name if not char.isspace()]
    if not chars or not all(char in _HAN_VIET for char in chars):
        return None
    return " ".join(_HAN_VIET[char] for char in chars)


# --- Chinese names written in Sino-Vietnamese, read back in Mandarin ---------------------------

# A Chinese company or place Vietnamese papers name by the Sino-Vietnamese reading of its
# characters ("Thiên Bảo" 天宝, "Tường Phong" 祥丰, "Vân Nam" 云南): each syllable, with its tone
# marks (they tell 云 Vân from 文 Văn), read as the character names most often take; the
# syllables whose characters read apart in Mandarin take the commonest in firms' names (Châu
# 州 zhou, not 珠 zhu).
_SINO_VIETNAMESE_PINYIN = _pairs(
    "an=an anh=ying ân=en bách=bai bảo=bao bắc=bei bằng=ping bình=ping cát=ji cẩm=jin "
    "chấn=zhen châu=zhou chí=zhi chính=zheng côn=kun công=gong cường=qiang dân=min "
    "diệu=yao doanh=ying dũng=yong duy=wei dương=yang đại=da đạt=da điền=tian đỉnh=ding "
    "đông=dong đức=de gia=jia giang=jiang hà=he hạ=xia hải=hai hàn=han hạo=hao hằng=heng "
    "hân=xin hiền=xian hiệp=xie hiếu=xiao hoa=hua hòa=he hoà=he hoài=huai hoàng=huang "
    "hồ=hu hồng=hong huệ=hui huy=hui hưng=xing hương=xiang hữu=you khai=kai khải=kai "
    "khang=kang khánh=qing khẩu=kou khoa=ke kiến=jian kiên=jian kim=jin kinh=jing kỳ=qi lạc=le "
    "lam=lan lâm=lin lan=lan lệ=li liên=lian linh=ling long=long lộc=lu lợi=li lục=lu "
    "lực=li mã=ma mai=mei mậu=mao minh=ming mỹ=mei nam=nan nghĩa=yi nghiệp=ye ngọc=yu "
    "nguyên=yuan nhã=ya nhân=ren nhật=ri nhuận=run ninh=ning nông=nong phát=fa phong=feng "
    "phú=fu phúc=fu phụng=feng phượng=feng phương=fang quan=guan quang=guang quảng=guang "
    "quốc=guo quý=gui quỳnh=qiong sa=sha sơn=shan tài=cai tân=xin tấn=jin tây=xi "
    "thạch=shi thái=tai thành=cheng thắng=sheng thế=shi thiên=tian thiệu=shao thịnh=sheng "
    "thông=tong thu=qiu thuận=shun thụy=rui thuỵ=rui thủy=shui thuỷ=shui thượng=shang "
    "tiến=jin tín=xin tinh=xing tĩnh=jing tịnh=jing toàn=quan tông=zong tống=song "
    "trí=zhi triều=chao trung=zhong trường=chang tú=xiu tuấn=jun tuệ=hui tùng=song "
    "tường=xiang uy=wei văn=wen vân=yun vạn=wan vận=yun vĩ=wei viễn=yuan vĩnh=yong vũ=yu "
    "vượng=wang xuân=chun"
)


def sino_vietnamese_pinyin(syllables: list[str]) -> str | None:
    """Sino-Vietnamese syllables read in Mandarin as one word ("Thiên Bảo" -> "Tianbao"); None
    unless every syllable has a reading in the table."""
    read = [_SINO_VIETNAMESE_PINYIN.get(s.lower()) for s in syllables]
    if not read or None in read:
        return None
    return "".join(read).capitalize()  # type: ignore[arg-type]
