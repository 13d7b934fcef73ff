"""What a web page prints around an article, copied along with it by an editor.

Above the headline: menu words ("Menu", "閉じる"), breadcrumbs ("Home > World > Asia"), image
alt text ("ảnh 1", "画像1"), photo captions ("… Photo: VNA"), mastheads and bylines. Below the
article: a "Read more" / "Xem thêm" / "더보기" link followed by the next story, and comment
boxes. At the start of the first paragraph: a wire dateline ("Hanoi (VNA) –", "【ハノイ＝ベトナム
通信】", "越通社河内5月12日电") naming where the agency filed from, not what the article is about.

The words are those every page of a language uses; they are a closed list, so they live here,
beside the rules that read them.
"""

from __future__ import annotations

import re

from digest.scripts import char_class
from digest.text import fold

# Lines that are only a site's controls.
_MENU_WORDS = frozenset(
    fold(word)
    for word in (
        "Menu", "Main menu", "Search", "Close", "Home", "Login", "Share", "Print",
        "Menú", "Cerrar", "Buscar", "Inicio", "Portada",
        "Fermer", "Rechercher", "Accueil",
        "Schließen", "Suche", "Startseite", "Menü", "Navigation überspringen",
        "Zum Inhalt springen", "Zamknij", "Szukaj", "Strona główna",
        "Закрыть", "Поиск", "Главная", "Меню",
        "Trang chủ", "Tìm kiếm", "Đóng",
        "閉じる", "メニュー", "検索", "ホーム",
        "메뉴", "전체메뉴", "검색", "닫기", "홈",
        "首页", "菜单", "搜索", "关闭",
        "إغلاق", "بحث", "القائمة", "الرئيسية",
    )
)  # fmt: skip
# The first word of a menu row, the link home, in the 16 languages ("Home Notizie Viaggi …",
# "Trang chủ Tin tức Địa phương …", "ホーム ニュース 地方 …").
_HOME_WORDS = tuple(
    fold(word)
    for word in (
        "Home", "Trang chủ", "首页", "首頁", "ホーム", "トップ", "홈", "Accueil", "Главная",
        "Головна", "Inicio", "Início", "Portada", "الرئيسية", "Startseite", "होम", "मुखपृष्ठ",
        "Pagina iniziale", "Strona główna", "หน้าแรก",
    )
)  # fmt: skip
_MAX_HOME_ROW_CHARS = 100


def after_home_word(line: str) -> list[str]:
    """The words of a row opening with the link home ("Início Notícias Províncias …"), without
    it; empty for any other line (or one with sentence marks)."""
    folded = fold(line).strip()
    if len(folded) > _MAX_HOME_ROW_CHARS or _SENTENCE_MARKS.search(folded):
        return []
    home = next((w for w in _HOME_WORDS if folded.startswith(w + " ")), None)
    return folded[len(home) :].split() if home else []


# Links to the next story; what follows them is another article (or comments).
_MORE_WORDS = frozenset(
    fold(word)
    for word in (
        "Read more", "Read also", "See more", "See also", "More", "More stories",
        "Related news", "Related", "Related articles", "You may also like", "Comments",
        "Leave a comment",
        "Ver más", "Ver también", "Leer más", "Lee también", "Te puede interesar",
        "Noticias relacionadas", "Comentarios",
        "Voir plus", "Voir aussi", "Lire aussi", "À lire aussi", "Lire plus",
        "Sur le même sujet", "Commentaires",
        "Mehr lesen", "Weiterlesen", "Mehr zum Thema", "Lesen Sie auch", "Auch interessant",
        "Weitere Artikel", "Weitere Nachrichten", "Verwandte Artikel", "Kommentare",
        "Kommentar schreiben",
        "Czytaj więcej", "Czytaj także", "Czytaj też", "Zobacz także", "Zobacz również",
        "Zobacz też", "Polecamy", "Podobne artykuły", "Komentarze", "Dodaj komentarz",
        "Читать далее", "Читайте также", "Смотрите также", "Похожие новости", "Комментарии",
        "Читати далі", "Читайте також", "Коментарі",
        "Xem thêm", "Đọc thêm", "Tin liên quan", "Bình luận",
        "もっと見る", "関連記事", "コメント", "コメントを書く",
        "더보기", "관련기사", "댓글",
        "更多", "相关新闻", "评论", "相關新聞",
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "شاهد أيضا", "شاهد أيضاً",
        "أخبار ذات صلة", "مقالات ذات صلة", "المزيد", "تعليقات", "التعليقات", "أضف تعليقك",
        "أضف تعليقا", "الأكثر قراءة", "الأكثر مشاهدة",
        "Next story", "Next stories", "Previous story",
        "Related stories", "Related posts", "Related content", "Also read", "Recommended",
        "More news", "Latest news", "Top stories",
        "Lea también", "Más noticias", "À lire également", "Réagir à cet article", "À lire",
        "Réagir", "Reagieren", "Comenta", "Commenta", "Comente",
        "Das könnte Sie auch interessieren", "Mehr Nachrichten", "Przeczytaj też",
        "Przeczytaj także", "Ещё по теме", "Другие новости", "Новости по теме",
        "Tin cùng chuyên mục", "Tin khác", "Các tin khác", "Tin mới", "Ý kiến bạn đọc",
        "Gửi bình luận",
        "関連ニュース", "あわせて読みたい", "おすすめ記事", "この記事を読んだ人はこんな記事も",
        "この記事を読んだ人はこんな記事も読んでいます", "관련 기사", "많이 본 뉴스",
        "相关阅读", "相关报道", "延伸阅读", "推荐阅读", "相關閱讀", "延伸閱讀",
        "Leggi anche", "Leggi di più", "Potrebbe interessarti", "Articoli correlati",
        "Commenti", "Altre notizie",
        "Veja também", "Leia também", "Leia mais", "Saiba mais", "Notícias relacionadas",
        "Comentários", "Mais notícias",
        "Інші новини", "Новини на тему",
        "อ่านเพิ่มเติม", "อ่านต่อ", "อ่านข่าวต่อ", "ข่าวที่เกี่ยวข้อง", "ข่าวอื่นๆ", "แสดงความคิดเห็น", "ความคิดเห็น",
        "और पढ़ें", "अधिक पढ़ें", "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "संबंधित खबरें", "टिप्पणियाँ", "टिप्पणी करें",
        "Most popular", "Most viewed", "Most read", "Trending", "Trending now", "Popular",
        "Lo más leído", "Les plus lus", "Meistgelesen", "Najczęściej czytane",
        "Самое читаемое", "Đọc nhiều", "人気記事", "가장 많이 본 뉴스", "热门新闻", "แชร์ข่าวนี้",
        # Lists of other stories (most read, related) in every language: their headlines name
        # places and bodies the article is not about.
        "Related links", "Most read articles", "Read next",
        "Artículos relacionados", "Lo más visto", "Más leídas", "Más leído",
        "Articles liés", "Les articles les plus lus", "À voir aussi",
        "Meistgelesene Artikel", "Ähnliche Artikel",
        "I più letti", "Più letti", "I più visti", "Potrebbe interessarti anche",
        "Ti potrebbe interessare", "Mais lidas", "Mais lidos", "Matérias relacionadas",
        "Najpopularniejsze", "Powiązane artykuły", "Популярное", "Самое популярное",
        "Популярне", "Схожі новини", "Tin đọc nhiều", "Đọc nhiều nhất",
        "このページを見た人はこんなページも見ています", "よく読まれている記事", "関連リンク",
        "많이 본 기사", "인기 기사", "인기기사", "热门文章", "相关文章", "猜你喜欢",
        "ข่าวยอดนิยม", "ข่าวแนะนำ", "सबसे ज्यादा पढ़ी गई", "लोकप्रिय खबरें", "المزيد من الأخبار",
        # A government's or a body's list of its other statements and links.
        "Related statements", "Related media releases", "Related press releases",
        "Communiqués liés", "Comunicados relacionados", "Enlaces relacionados",
        "Comunicati correlati", "Link correlati", "Links relacionados", "Weiterführende Links",
        "Verwandte Pressemitteilungen", "Powiązane komunikaty", "Связанные материалы",
        "Пов'язані матеріали", "Liên kết liên quan", "相关链接", "相關連結", "関連情報",
        "관련 링크", "ลิงก์ที่เกี่ยวข้อง", "संबंधित लिंक", "روابط ذات صلة",
        # A section's other stories under the article ("Bài viết cùng chuyên mục": articles of
        # the same section): their headlines name other provinces' partners.
        "Bài viết cùng chuyên mục", "Cùng chuyên mục", "Bài cùng chuyên mục", "Bài viết liên quan",
        "Tin bài liên quan", "More in this section", "In this section", "More from this section",
        "Dans la même rubrique", "Dans la même catégorie", "En la misma sección",
        "Más en esta sección", "Nella stessa sezione", "Altri articoli della sezione",
        "Na mesma seção", "Mais nesta seção", "Mehr aus dem Ressort", "Mehr aus dieser Rubrik",
        "Więcej z działu", "Więcej w dziale", "Другие материалы рубрики", "Ещё в рубрике",
        "Інші матеріали рубрики", "Другие новости раздела", "Новости раздела",
        "Другие материалы раздела", "Інші новини розділу", "Новини розділу",
        "同栏目新闻", "本栏目更多", "同類新聞", "同じカテゴリーの記事",
        "같은 섹션 기사", "이 섹션의 다른 기사", "ข่าวในหมวดเดียวกัน", "इसी श्रेणी की खबरें",
        "أخبار من نفس القسم", "في نفس القسم",
        # Related stories and releases under other headings (issue 13, twelfth round).
        "Related releases", "Related media statements", "संबंधित समाचार", "संबंधित लेख",
        "อ่านข่าวที่เกี่ยวข้อง", "関連記事を表示", "관련 뉴스", "相关新闻推荐",
        # A government's list of its other press releases (issue 13, fourteenth round).
        "Weitere Medieninformationen", "Weitere Pressemitteilungen", "More media releases",
        "Other media releases", "More press releases", "Autres communiqués",
        "Otros comunicados", "Altri comunicati", "Outros comunicados", "Inne komunikaty",
        "Другие пресс-релизы", "Інші прес-релізи", "Thông cáo báo chí khác", "其他新闻稿",
        "その他のプレスリリース", "다른 보도자료", "ข่าวประชาสัมพันธ์อื่นๆ",
        "अन्य प्रेस विज्ञप्तियाँ", "بيانات صحفية أخرى",
    )
)  # fmt: skip
# A line starting with these links to the story before or after, to sharing it or to a
# section's other stories: "上一篇：南宁举办东盟商品展", "分享到：微信 微博", "More from World".
_MORE_PREFIXES = tuple(
    fold(word)
    for word in ("上一篇", "下一篇", "上一條", "下一條", "分享到", "前の記事", "次の記事",
                 "이전기사", "다음기사", "Bài trước", "Bài tiếp theo", "Previous article",
                 "Next article", "Share this article", "More from")
)  # fmt: skip
_MAX_MORE_LINK_CHARS = 40
# A share bar: the label, then the networks' names ("Udostępnij: Facebook X E-mail",
# "공유하기 페이스북 트위터 카카오톡 URL복사", "Teilen: Facebook | WhatsApp | E-Mail").
_SHARE_LABELS = (
    "Share this article", "Share this", "Share on", "Share", "Chia sẻ", "Partager", "Compartir",
    "Condividi", "Compartilhar", "Partilhar", "Teilen", "Udostępnij", "Поделиться", "Поділитися",
    "شارك", "مشاركة", "แชร์", "शेयर करें", "शेयर", "공유하기", "分享到", "シェアする", "共有する",
)  # fmt: skip
_SHARE_LABEL = re.compile(
    rf"^(?:{'|'.join(map(re.escape, _SHARE_LABELS))})(?:\s*[:：]\s*|\s+|$)", re.IGNORECASE
)
_SHARE_SEPARATORS = re.compile(r"\s*[|·•,/]\s*|\s+")
_MAX_SHARE_BUTTONS = 8
_MAX_BUTTON_CHARS = 15
_MAX_SHARE_BAR_CHARS = 90
# A counter after the link: "Comments (3)", "Réagir (0 commentaire)", "댓글 0".
_COUNTED = re.compile(r"\s*[(（]?\d+(?:\s+[^\W\d_]+)?[)）]?$")
_DIGIT = re.compile(r"\d")
# Image alt text and photo credits: "ảnh 1", "image 2", "画像1", "Фото из архива", "资料图".
_ALT_TEXT = re.compile(
    r"^(?:anh|hinh|image|photo|foto|picture|画像|写真|사진|이미지|图片|资料图|фото)\s*\d*$"
    r"|^(?:фото|photo|foto|anh|صورة)\s+(?:из архива|d'archives|de archivo|tu lieu|minh hoa|"
    r"archiwalne|أرشيفية)$|^صورة\s*\d*$"
    r"|^资料图$",
    re.IGNORECASE,
)
# A caption credits its photo: "… Photo: VNA", "(Photo: tayninh.gov.vn)", "Ảnh: TTXVN",
# "写真：…", "<사진=…>", "图为…（越通社）", "…。图：越通社", "… الصورة: …", "Foto: …", "… KT/Photo";
# or says what is in it: "In the photo, …", "Nella foto", "▲ …" (the marker Korean pages put
# before a caption), or where people stand in it: "(centre)", "(second from left)", "(오른쪽)",
# "（左）".
_CAPTION = re.compile(
    r"(?:^|[^\w])(?:photo|photos|foto|fotos|fot\.|ảnh|写真|사진|фото|ภาพ|फोटो|photo d'illustration|"
    r"图|圖|الصورة|صورة|تصوير|photo d'archives|foto de archivo|bildunterschrift|na zdjęciu|"
    r"资料图|图片|image|imagen|imagem|"
    r"immagine|bild|zdjęcie|изображение|зображення)\s*[:=：]"
    # a credit with its kind: "Foto ilustrativa:", "Imagen de archivo:", "Photo illustration:"
    r"|^(?:fotografia|fotografía|fotografie|photograph|фотография|фотографія)\s*[:：]"
    # a numbered photo's caption: "사진1 (왼쪽부터) …", "Photo 2: …"
    r"|^(?:photo|foto|ảnh|写真|사진|фото|图片|image|imagen|imagem|immagine|bild|zdjęcie)\s?\d{1,2}\s"
    r"|^(?:photo|foto|image|imagen|imagem|immagine)\s+(?:ilustrativ[ao]|illustrativ[ao]|"
    r"d'illustration|illustration|de archivo|de arquivo|di repertorio|d'archives?|d'archivio|"
    r"archiv[eo]|file|referencial)\s*[:：]"
    r"|^(?:fot\.|صورة أرشيفية)\s"
    r"|\((?:photo|foto|ảnh|фото)[^)]*\)\s*$|^图为|[（(]越通社[）)]$"
    r"|\w/(?:photo|foto|ảnh)\s*$|[(（]©[^)）]{0,60}[)）]\s*$"
    r"|^(?:in the photo|in this photo|pictured|nella foto|in foto|en la foto|en esta foto|"
    r"sur la photo|sur cette photo|auf dem bild|auf dem foto|na zdjęciu|на фото|на снимке|"
    r"trong ảnh|na foto|nesta foto|写真は|사진은|图为|ในภาพ|तस्वीर में|في الصورة)[\s,:]"
    r"|^[▲△▶■●◆]"
    # the word for a photo in brackets opens a caption: "[Foto] …", "[Ảnh] …", "【写真】…"
    r"|^[\[【]\s*(?:photo|foto|fotos|ảnh|hình|写真|사진|фото|ภาพ|फोटो|image|imagen|imagem|"
    r"immagine|bild|zdjęcie|图片|صورة)\s*[\]】]"
    # a credit closing the caption without a colon: "… at the signing. Photo supplied"
    r"|(?:^|[.\s])(?:photo supplied|supplied photo|file photo|photo courtesy(?: of .{1,40})?|"
    r"courtesy photo|ảnh minh họa|ảnh tư liệu|foto de archivo|photo d'archives|archivfoto)\.?\s*$"
    r"|\.\s+supplied\.?\s*$"
    # a sentence, full stop and all, then the photo's credit without a colon, perhaps after the
    # agency's code: "… à Bordeaux. Photo Région Nouvelle-Aquitaine", "… w Krakowie. Fot. UMWM",
    # "… under the project. VNS Photo Đoàn Tùng"
    r"|[^\W\d]{2}[.。]\s+(?:[^\W\d_]{2,6}\s+)?(?:photo|foto|fot\.|ảnh|фото|bild|zdjęcie)\s+"
    r"[^\W\d][^.。]{0,50}$"
    # … or after a slash: "… 설명하고 있다. /해남군 제공" (provided by), "… la firma. / Concello"
    r"|[^\W\d]{2}[.。]\s*/\s*[^/.。]{1,30}$"
    # a sentence, full stop and all, then its credit in brackets: "… of Brisbane. (Supplied)",
    # "… lễ ký kết. (TTXVN)": a headline ends with no full stop before a bracket
    r"|[^\W\d]{2}[.。]\s*[(（][^()（）]{1,40}[)）]\s*$"
    r"|[(（](?:supplied|file|handout|archive|archives|archivo|archiv|tư liệu)[)）]\s*$"
    r"|[(（](?:centre|center|left|right|middle|second from (?:left|right)|third from (?:left|right)"
    r"|au centre|à gauche|à droite|al centro|a sinistra|a destra|a la izquierda|a la derecha"
    r"|en el centro|links|rechts|mitte|слева|справа|в центре|giữa|trái|phải|bìa trái|bìa phải"
    r"|左|右|中|中央|왼쪽|오른쪽|가운데|ซ้าย|ขวา|กลาง|à esquerda|à direita|ao centro"
    r"|z lewej|z prawej|w środku)[)）]",
    re.IGNORECASE,
)
# What only a photo shows, people posing for it ("chụp ảnh lưu niệm", "pose for a group photo",
# "foto di gruppo", "기념 촬영", "記念撮影", "合影留念", "фото на память"): a caption, when the
# line is no longer than one (a paragraph may tell of the photo too).
_POSING = re.compile(
    r"chụp ảnh|ảnh lưu niệm|pose[sd]? for (?:a |the )?(?:group |souvenir |family )?photo"
    r"|group photo|photo de famille|photo de groupe|foto de familia|foto de grupo|foto di gruppo"
    r"|foto di famiglia|zdjęcie grupowe|wspólne zdjęcie|gruppenfoto|erinnerungsfoto"
    r"|фото на память|совместное фото|спільне фото|фото на згадку|記念撮影|记念撮影|合影"
    r"|기념\s?촬영|단체\s?사진|ถ่ายภาพร่วมกัน|ถ่ายภาพที่ระลึก",
    re.IGNORECASE,
)
_MAX_CAPTION_CHARS = 120
_BREADCRUMB = re.compile(r"\s(?:>|›|»|/|\|)\s")
_BYLINE = re.compile(
    r"^(?:by|par|por|von|autor|autorin|автор|bởi|كتب|بقلم)\s*[:：]?\s+\S", re.IGNORECASE
)
_MAX_FURNITURE_CHARS = 160
# Words in a row of site sections ("Home  News  Politics  Business"): short, capitalised; up to
# 16 letters, as "Internacional", "Internationales" and "Международные" are.
_NAV_ROW = re.compile(r"^(?:\S{1,16}(?:\s{2,}|\s*[|·]\s*)){2,}\S{1,16}$")
# A row of sections set apart by wide gaps may name a section in a few words ("HOME   POLITICS
# CULTURE & TOURISM   PHOTO", "TIN TỨC   CHÍNH TRỊ   KINH TẾ"): a gap of two spaces or more
# is no sentence's, and three pieces of a few words each make a menu.
_WIDE_GAP = re.compile(r"\s{2,}")
_MIN_SPACED_SECTIONS = 3
_MAX_SECTION_WORDS = 3
_MAX_SECTION_CHARS = 24
_WIRE_DATELINE = re.compile(
    r"^(?:[^\W\d_][\w.'’ -]{1,30}(?:,\s*[\w. ]{2,20}){0,2}\s*"
    r"(?:\([A-ZА-ЯĐ/]{2,12}\)\s*[-–—:]?|\([A-Z][a-z]{2,10}\)\s*[-–—:])\s*"
    # Hanoi (VNA) –, Maputo, 14 Mar 2025 (AIM) –, Cienfuegos, 18 may (PL)
    r"|[^\W\d_][\w.'’ -]{1,30}(?:,\s*[\w. ]{2,20}){1,2}\s*"
    r"\([A-Z][a-z]{2,10}(?: [A-Z][a-z]{2,10}){1,2}\)\s*[-–—:]?\s*"
    # an agency of two or three words after a place and a date: Cienfuegos, Cuba, 3 jun
    # (Prensa Latina)
    r"|[^\W\d_][\w.'’ -]{1,30},\s*\d{1,2}\s+[^\W\d_]{3,12}\.?\s*/[^\W\d_ ]{2,12}/\.?\s*"
    # Казань, 14 октября. /ТАСС/.
    r"|[^\W\d_][\w.'’ -]{1,30},\s*\d{1,2}\s+[^\W\d_]{3,12}\.?\s*[–—-]\s*"
    r"[A-ZА-ЯЁ][\w]{1,12}(?: [A-ZА-ЯЁ][\w]{1,12}){0,2}\.\s+"
    # the agency after the dash, closed by a full stop: ИРКУТСК, 18 ноя – РИА Новости.
    r"|[^\W\d_][\w.'’ -]{1,30}(?:,\s*[^\W\d_][\w.]{1,12})?,\s*\d{1,2}\.?\s+(?:de\s+)?"
    r"[^\W\d_]{3,12}\.?(?:\s+(?:de\s+)?\d{4})?\s*(?:[–—]|\.-)\s*"
    # a place and a date, no agency: Новосибирск, 12 ноября –, Belo Horizonte, 10 de
    # novembro de 2025 –; with its state and the Mexican ".-": Guadalajara, Jal., 12 de
    # febrero de 2025.-
    r"|[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w.'’-]{1,20}(?: [A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄ][\w.'’-]{1,20}){0,2}\s+[–—]\s+"
    # a place alone before a dash: Curitiba –
    r"|【[^】]{1,20}】\s*"  # 【ハノイ＝ベトナム通信】
    rf"|越通社[{char_class('Han')}]{{1,6}}(?:\d{{1,2}}月\d{{1,2}}日)?电\s*"  # 越通社河内5月12日电
    # any Chinese paper's or agency's: who, where, the date, 电 (cabled) or 讯 (reported), in
    # simplified or traditional characters, the month left out when it is this one's, 专电 for
    # a correspondent's own: 本网南宁11月20日讯, 新华社北京5月1日电, 中央社記者陳怡君河內20日專電
    rf"|[{char_class('Han')}]{{1,14}}?(?:\d{{1,2}}月)?\d{{1,2}}日[专專]?[电讯電訊]\s*"
    # a Korean paper's or agency's: where = who, and the reporter: (논산=충남투데이) 박지훈
    # 기자 =, [서울=뉴시스]
    rf"|[(\[][^()\[\]=\n]{{1,12}}=[^()\[\]\n]{{1,20}}[)\]]\s*"
    rf"(?:[{char_class('Hangul')}]{{2,4}}\s*(?:기자|특파원|통신원)\s*=\s*)?)"
)


# A board or press-release page prints its fields with their labels, the headline's too ("제목
# 영양군, …", "Title: …", "件名：…"): the word for a title, then a colon or a wide gap (a
# headline's own first word is followed by one space, but it is never 제목, 标题 or 件名).
_TITLE_LABEL = re.compile(
    r"^(?:(?:title|tiêu đề|标题|標題|题目|題目|件名|タイトル|表題|제목|titre|заголовок|название|"
    r"título|titulo|العنوان|titel|betreff|शीर्षक|titolo|tytuł|หัวข้อ|เรื่อง|назва)"
    r"(?:\s*[:：]\s*|\s{2,})"
    # the Chinese, Japanese and Korean words open no headline: a single space is enough
    r"|(?:标题|標題|件名|제목)\s)(?=\S)",
    re.IGNORECASE,
)


def without_title_label(line: str) -> str:
    """The line without a field label naming it the page's title ("제목  <headline>")."""
    return _TITLE_LABEL.sub("", line, count=1)


# A notice of rights closes the page's article ("저작권자 © 충남투데이 무단전재 및 재배포 금지"):
# it names the outlet, never what the article is about. Only words no article sentence uses.
_RIGHTS_NOTICE = re.compile(
    r"무단\s*전재|재배포\s*금지|all rights reserved|版权所有|版權所有|無断転載|無断複製"
    r"|todos los derechos reservados|tous droits réservés|todos os direitos reservados"
    r"|tutti i diritti riservati|alle rechte vorbehalten|wszelkie prawa zastrzeżone"
    r"|все права защищены|всі права захищені|สงวนลิขสิทธิ์|सर्वाधिकार सुरक्षित"
    r"|جميع الحقوق محفوظة",
    re.IGNORECASE,
)


def is_rights_notice(line: str) -> bool:
    """A copyright line below the article ("Copyright © … All rights reserved")."""
    return len(line) <= _MAX_FURNITURE_CHARS and _RIGHTS_NOTICE.search(line) is not None


def is_more_link(line: str) -> bool:
    """A "Read more" / "Xem thêm" line (with or without a counter): the article ends there."""
    if len(line) > _MAX_MORE_LINK_CHARS:
        return False  # every line of the article is asked: the cheap test first
    # A leading arrow marks a list that opens on click ("▼関連記事を表示").
    folded = fold(line).strip().rstrip(":：»›>…. ").lstrip("▼▶► ")
    return (
        folded in _MORE_WORDS
        # (a line without a digit has no counter to take off: not scanned)
        or (_DIGIT.search(folded) is not None and _COUNTED.sub("", folded) in _MORE_WORDS)
        or folded.startswith(_MORE_PREFIXES)
    )


# An editor's credit under the article: "Redaktion: Jens Albrecht", "责任编辑：刘洋", "Biên tập:
# Minh Anh". The label, a colon, a name.
_EDITOR_LABELS = (
    "Editor", "Editors", "Edited by", "Sub-editor", "Biên tập", "Biên tập viên", "BTV",
    "Redaktion", "Redakteur", "Redakteurin", "Redakcja", "Redaktor", "Redaktorka", "Rédaction",
    "Rédacteur", "Redacción", "Redactor", "Edición", "Redazione", "Redattore", "Edição",
    "Редакция", "Редактор", "Редакція", "责任编辑", "編集", "编辑", "編輯", "責任編輯", "責編",
    "责编", "편집", "บรรณาธิการ", "संपादक", "संपादन", "تحرير", "المحرر",
)  # fmt: skip
# Chinese portals put it in brackets, after a button ("【纠错】 责任编辑：周亮", "（责任编辑：张华、
# 李明）") or before the wire's story number ("（編輯：黃國倫）1141120").
_EDITOR_CREDIT = re.compile(
    rf"^(?:【[^】]{{1,6}}】\s*)?[(（]?(?:{'|'.join(map(re.escape, _EDITOR_LABELS))})\s*[:：]\s*"
    rf"[^\W\d_][^:：.!?。()（）]{{0,40}}(?:[)）]\d{{0,10}})?$",
    re.IGNORECASE,
)
_MAX_CREDIT_WORDS = 5


def is_editor_credit(line: str) -> bool:
    """An editor's credit line: who edited the article, not what it says."""
    stripped = line.strip()
    return bool(_EDITOR_CREDIT.match(stripped)) and len(stripped.split()) <= _MAX_CREDIT_WORDS


# A row of a Chinese portal's buttons: "【字号 大 中 小】【打印】【关闭】", "【字體大小】 小 中 大",
# "【纠错】": bracketed labels and one-character size buttons, nothing else.
_BUTTON_ROW = re.compile(r"^(?:\s*(?:【[^】\n]{1,10}】|[^\W\d_](?!\w)))+\s*$")
_MAX_BUTTON_ROW_CHARS = 40


def is_button_row(line: str) -> bool:
    """A row of the page's buttons (font size, print, close): never the article's text."""
    stripped = line.strip()
    return (
        "【" in stripped
        and len(stripped) <= _MAX_BUTTON_ROW_CHARS
        and _BUTTON_ROW.match(stripped) is not None
    )


# A Chinese photo caption standing among the paragraphs: it opens with 图为 ("pictured is") or
# closes with the photo's credit, "（新华社发）" (issued by), "新华社记者 刘晨摄" (photographed by).
_CHINESE_CAPTION = re.compile(
    r"^(?:图为|圖為)|[(（][^()（）]{1,20}[发發][)）]\s*$|记者\s*\S{0,8}\s*(?:摄|攝)\s*[)）]?\s*$"
)


def is_chinese_caption(line: str) -> bool:
    """A photo's caption printed between a Chinese article's paragraphs: not its text."""
    stripped = line.strip()
    return len(stripped) <= _MAX_CAPTION_CHARS and _CHINESE_CAPTION.search(stripped) is not None


def is_share_bar(line: str) -> bool:
    """A row of share buttons: above the article a page's furniture, never its text."""
    if len(line) > _MAX_SHARE_BAR_CHARS:
        return False
    found = _SHARE_LABEL.match(line.strip())
    if found is None:
        return False
    buttons = [b for b in _SHARE_SEPARATORS.split(line.strip()[found.end() :]) if b]
    # Buttons are names: no digits, no lowercase Latin word ("Share the road: …" is a headline).
    return len(buttons) <= _MAX_SHARE_BUTTONS and all(
        len(b) <= _MAX_BUTTON_CHARS
        and not any(ch.isdigit() for ch in b)
        and not ("a" <= b[0] <= "z")
        for b in buttons
    )


# "Lire aussi : Le Havre accueille un cargo", "Read more: …": a link to another story, set
# inside the article or below it, with that story's headline after the label.
_MAX_LINK_LABEL_CHARS = 40


def is_story_link(line: str) -> bool:
    """A "Read also: <headline>" line: another story's headline, not the article's text."""
    head, colon, rest = line.partition(":") if ":" in line else line.partition("：")
    if not colon or not rest.strip() or len(head) > _MAX_LINK_LABEL_CHARS:
        return False
    label = fold(head).strip()
    return label in _MORE_WORDS or label.startswith(_ELSEWHERE)


# "Read on VnExpress: <headline>": a link to a story on another site, whose name follows.
_ELSEWHERE = tuple(
    fold(f"{word} ")
    for word in ("Read on", "Read it on", "Đọc trên", "Xem trên", "Lire sur", "Leer en",
                 "Leia no", "Leia na", "Leggi su", "Lesen Sie auf", "Czytaj na", "Читайте на")
)  # fmt: skip


# A control's marks: the arrow of a drop-down ("Français ▾") and the ellipsis of a search box
# ("Buscar...", "Search…") say that the word beside them is a control, not text.
_CONTROL_MARKS = re.compile(r"\s*(?:[▾▼▿⌄⏷˅]|\.{2,}|…)\s*$")
_CONTROL_MARK_ENDS = tuple("▾▼▿⌄⏷˅.…")


def _without_control_marks(line: str) -> str:
    # Only a line whose last character but spaces is a mark can have them: the pattern, which
    # begins with spaces, would be tried at every character of every other line.
    if not line.rstrip().endswith(_CONTROL_MARK_ENDS):
        return line
    return _CONTROL_MARKS.sub("", line)


def _is_menu_word(line: str) -> bool:
    return fold(_without_control_marks(line)).strip() in _MENU_WORDS


def _is_nav_row(line: str) -> bool:
    row = _without_control_marks(line)
    return _NAV_ROW.match(row) is not None or _is_spaced_sections(row) or _is_dotted_sections(row)


# Sections set apart by a spaced middle dot or bullet ("Portada · Empresas · Comercio Exterior ·
# Agro"): four pieces at least, and no digits, as a date line's or byline's fields have ("Hà
# Nội · 12/11/2025 · 3 phút đọc", "Por Ana Gil · Madrid · EFE").
_DOTTED = re.compile(r"\s+[·•]\s+")
_MIN_DOTTED_SECTIONS = 4


def _is_dotted_sections(row: str) -> bool:
    pieces = _DOTTED.split(row.strip())
    return len(pieces) >= _MIN_DOTTED_SECTIONS and all(
        len(piece) <= _MAX_SECTION_CHARS
        and 0 < _crumb_words(piece) <= _MAX_SECTION_WORDS
        and not _SENTENCE_MARKS.search(piece)
        and not any(char.isdigit() for char in piece)
        and not _SHARE_LABEL.match(piece)
        for piece in pieces
    )


def _is_spaced_sections(row: str) -> bool:
    """A row of sections set apart by wide gaps; share buttons in a row ("Share on Facebook
    Share on X  Email this story") are no menu, which would reset the header below a date line."""
    pieces = _WIDE_GAP.split(row.strip())
    return len(pieces) >= _MIN_SPACED_SECTIONS and all(
        len(piece) <= _MAX_SECTION_CHARS
        and 0 < _crumb_words(piece) <= _MAX_SECTION_WORDS
        and not _SENTENCE_MARKS.search(piece)
        and not _SHARE_LABEL.match(piece)
        for piece in pieces
    )


# A section's name has no sentence's marks; a date line's or a counter's fields have them.
_SENTENCE_MARKS = re.compile(r"[.,:;!?。，：；！？]")


def is_navigation(line: str) -> bool:
    """A menu word, a row of site sections or a breadcrumb: what a page prints below its
    masthead and above the headline."""
    if not line or len(line) > _MAX_FURNITURE_CHARS:
        return False
    if _is_toolbar(line):
        return False
    if _is_menu_word(line) or _is_nav_row(line):
        return True
    # A photo's credit may set its fields apart with a slash ("Photo: DPIRD / supplied"): a
    # caption, not a breadcrumb (a menu would wipe the headline above it).
    return _is_crumbs(line) and not _CAPTION.search(line)


# The pieces of a row: a bar, a middle dot or a wide gap between them.
_ROW_PIECES = re.compile(r"\s*[|｜·]\s*|\s{2,}")


def _is_toolbar(line: str) -> bool:
    """A row of the article's tools ("댓글 3 | 공유하기 | 글자크기", comments, share, font size):
    furniture printed below the date line, no menu (a menu there would wipe the headline)."""
    return any(
        _SHARE_LABEL.fullmatch(piece)
        or _COUNTED.sub("", fold(piece)).strip() in _MORE_WORDS
        or _tool(piece)
        for piece in _ROW_PIECES.split(line.strip())
        if piece
    )


# The article's tools in the 16 languages: print, font size, share ("글씨크기 가 가 | 인쇄 | 공유",
# "Imprimer | Taille du texte A A"). Words a menu could name a section by ("Stampa", the
# press, in Italian; Vietnamese "In", also an English word) are left out.
_TOOL_WORDS = frozenset(
    fold(word)
    for word in (
        "Print", "Font size", "Text size", "In bài", "In bài viết", "Cỡ chữ", "打印", "字号",
        "字体大小", "印刷", "文字サイズ", "共有", "인쇄", "글씨크기", "글자크기", "공유", "스크랩",
        "Imprimer", "Taille du texte", "Печать", "Распечатать", "Размер шрифта", "Imprimir",
        "Tamaño de letra", "Tamaño del texto", "Tamanho da fonte", "Tamanho do texto", "طباعة",
        "حجم الخط", "Drucken", "Schriftgröße", "प्रिंट", "फ़ॉन्ट का आकार", "Stampa l'articolo",
        "Dimensione del testo", "Drukuj", "Rozmiar czcionki", "พิมพ์", "ขนาดตัวอักษร", "Друк",
        "Друкувати", "Розмір шрифту",
    )
)  # fmt: skip
# The buttons after a tool's label: "가 가", "A A", "A+ A-".
_MAX_TOOL_BUTTON_CHARS = 2
_MAX_TOOL_WORDS = 3


def _tool(piece: str) -> bool:
    words = fold(piece).split()
    for count in range(min(len(words), _MAX_TOOL_WORDS), 0, -1):
        if " ".join(words[:count]) in _TOOL_WORDS:
            return all(len(button) <= _MAX_TOOL_BUTTON_CHARS for button in words[count:])
    return False


def is_caption(line: str) -> bool:
    """A photo's caption or credit ("Foto: …", "[사진] … 사진=… 제공", "… (Supplied)"): a date
    in it is the day the photo was taken, not the article's."""
    if _labelled_caption(line):
        return True
    if not line or len(line) > _MAX_FURNITURE_CHARS:
        return False
    return bool(_CAPTION.search(line)) or (
        len(line) <= _MAX_CAPTION_CHARS and _POSING.search(line) is not None
    )


# A caption opening with the word for a photo and a colon ("Photo: Vice Chairman … presents a
# souvenir to …") may run to two sentences, longer than other furniture.
_PHOTO_LABEL = re.compile(
    r"^(?:photo|foto|fotos|fot\.|ảnh|hình|写真|사진|фото|ภาพ|फोटो|图片|圖片|imagen|imagem|immagine|image|"
    r"bild|zdjęcie|صورة|الصورة|fotografia|fotografía|fotografie|photograph|фотография|фотографія)"
    r"\s*[:：]",
    re.IGNORECASE,
)
_MAX_LABELLED_CAPTION_CHARS = 320


def _labelled_caption(line: str) -> bool:
    return len(line) <= _MAX_LABELLED_CAPTION_CHARS and _PHOTO_LABEL.match(line) is not None


# A cookie consent banner ("Nous utilisons des cookies … Tout accepter | Paramétrer"): the word
# for cookies, then the banner's buttons (a bar between them, or the word for accepting).
_COOKIES = re.compile(r"cookie|クッキー|쿠키|куки|ملفات تعريف الارتباط|कुकीज़|कुकी|คุกกี้", re.IGNORECASE)
_CONSENT = re.compile(
    r"\s[|｜]\s|accept|akzeptier|aceptar|accetta|aceitar|akceptuj|zaakceptuj|принять|прийняти"
    r"|đồng ý|同意|동의|承諾|ยอมรับ|स्वीकार|قبول|موافق",
    re.IGNORECASE,
)
_MAX_BANNER_CHARS = 300


def is_cookie_banner(line: str) -> bool:
    """A cookie consent banner copied with the page: furniture, never a headline or the text."""
    return (
        len(line) <= _MAX_BANNER_CHARS
        and _COOKIES.search(line) is not None
        and _CONSENT.search(line) is not None
    )


# A breadcrumb ends with the article's own headline on many sites ("Home / World / <headline>",
# "홈 > 국제 > <headline>"): the home and a section or more, each a few words, before it.
_MIN_CRUMBS = 2
_MAX_CRUMB_WORDS = 4


def breadcrumb_headline(line: str) -> str | None:
    """The headline a breadcrumb ends with, if it ends with one: a last piece longer than a
    section's name after at least two short pieces."""
    if not line or len(line) > _MAX_FURNITURE_CHARS:
        return None
    *crumbs, last = (piece.strip() for piece in _BREADCRUMB.split(line))
    if len(crumbs) < _MIN_CRUMBS or any(_crumb_words(c) > _MAX_CRUMB_WORDS for c in crumbs):
        return None
    return last if _crumb_words(last) > _MAX_CRUMB_WORDS else None


# A word of a section's name has a letter or digit: the dash inside "Tin tức - Sự kiện" ("News -
# Events") joins two words into one section and is none.
_CRUMB_WORD = re.compile(r"[^\W_]")


def _crumb_words(piece: str) -> int:
    return sum(1 for token in piece.split() if _CRUMB_WORD.search(token))


def _is_crumbs(line: str) -> bool:
    """A breadcrumb or a menu bar: two pieces or more set apart by a bar, slash or arrow, each a
    section's name of a few words ("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Liên hệ")."""
    pieces = _BREADCRUMB.split(line)
    return len(pieces) >= 2 and all(_crumb_words(piece) <= _MAX_CRUMB_WORDS for piece in pieces)


def is_page_furniture(line: str) -> bool:
    """A line above the headline that a page prints around every article."""
    if _labelled_caption(line) or is_cookie_banner(line):
        return True
    if not line or len(line) > _MAX_FURNITURE_CHARS:
        return False
    folded = fold(line).strip()
    if _is_menu_word(line) or _ALT_TEXT.match(folded) or _BYLINE.match(line):
        return True
    if _CAPTION.search(line):
        return True
    if len(line) <= _MAX_CAPTION_CHARS and _POSING.search(line):
        return True
    if _is_nav_row(line):
        return True
    return _is_crumbs(line)


def without_wire_dateline(paragraph: str) -> str:
    """The paragraph without the agency's dateline at its start."""
    return _WIRE_DATELINE.sub("", paragraph, count=1)


def wire_dateline(paragraph: str) -> str:
    """The agency's dateline at the start of the paragraph ("Maputo, 14 Mar 2025 (AIM) –"), or
    an empty string."""
    found = _WIRE_DATELINE.match(paragraph)
    return found.group(0) if found else ""
