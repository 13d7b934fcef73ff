"""Word lists for synthetic article bodies, one per article language, written for the benchmark.

Each language has frequent function words, content stems (with a few endings so inflected forms
occur) and syllables from which a long tail of rare pseudo-words is made. Words are drawn by a
Zipf law over that ranked vocabulary, so the corpus has natural text's shape: a few words very
often, most words rarely, and a vocabulary that keeps growing with the corpus (which is what
makes a search index grow). Nothing here is copied text.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

# Ranks in the Zipf vocabulary; the pseudo-word tail fills what the lists leave.
VOCABULARY_SIZE = 24_000
ZIPF_EXPONENT = 1.1


@dataclass(frozen=True)
class Language:
    code: str
    function: tuple[str, ...]
    content: tuple[str, ...]
    endings: tuple[str, ...]
    syllables: tuple[str, ...]
    spaced: bool = True
    period: str = "."
    comma: str = ","
    quotes: tuple[str, str] = ('"', '"')
    headings: tuple[str, ...] = ()
    said: str = "said"
    cased: bool = True
    _ranked: list[str] = field(default_factory=list, compare=False, repr=False)
    _cumulative: list[float] = field(default_factory=list, compare=False, repr=False)

    def ranked(self) -> list[str]:
        """The vocabulary by rank: function words, inflected content words, then pseudo-words."""
        if not self._ranked:
            rng = random.Random(f"lexicon-{self.code}")
            forms = [stem + ending for stem in self.content for ending in self.endings]
            rng.shuffle(forms)
            words = list(dict.fromkeys([*self.function, *forms]))
            seen = set(words)
            while len(words) < VOCABULARY_SIZE:
                word = "".join(rng.choices(self.syllables, k=rng.choice((2, 3, 3, 4, 4, 5))))
                if word not in seen:
                    seen.add(word)
                    words.append(word)
            self._ranked.extend(words)
            weights = [1.0 / (rank + 2.7) ** ZIPF_EXPONENT for rank in range(len(words))]
            self._cumulative.extend(itertools.accumulate(weights))
        return self._ranked

    def words(self, rng: random.Random, count: int) -> list[str]:
        return rng.choices(self.ranked(), cum_weights=self._cumulative, k=count)

    def join(self, words: list[str]) -> str:
        return (" " if self.spaced else "").join(words)

    def capitalise(self, text: str) -> str:
        return text[:1].upper() + text[1:] if self.cased else text


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LANGUAGES: dict[str, Language] = {
    "en": Language(
        "en",
        _split(
            "the of and to in a with for on by as at from that is was were has have will also "
            "this its their between which an more over than both two sides said new"
        ),
        _split(
            "province delegation cooperation agreement border trade investment friendship visit "
            "meeting talk leader committee department affair development economy culture "
            "education tourism agriculture worker student scholarship project programme "
            "exchange partner locality relation memorandum signing ceremony sister region "
            "embassy ambassador consul chairman secretary director deputy official enterprise "
            "company market export import good gate crossing customs logistic road railway "
            "bridge hospital environment climate energy technology science transformation "
            "security peace stability potential strength understanding trust support promote "
            "strengthen expand implement discuss propose welcome receive host attend organise "
            "continue achieve result festival heritage tea coffee rice fruit seafood textile "
            "garment electronic fund grant loan period session forum conference seminar fair "
            "exhibition guest mission visitor training university college school teacher "
            "youth veteran association village commune district farmer household income "
            "poverty labour contract season harvest plantation highland mountain river"
        ),
        ("", "s", "ed", "ing"),
        _split("ka lo ren dis tor mar vel an son ber ton ric pel sha wen gor lin dra mo tes"),
        said="said",
        headings=("Background", "Cooperation in figures", "Next steps", "People-to-people ties"),
    ),
    "de": Language(
        "de",
        _split(
            "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als "
            "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
            "über so zum war haben nur oder aber vor zur bis mehr durch"
        ),
        _split(
            "Provinz Delegation Zusammenarbeit Abkommen Grenze Handel Investition Freundschaft "
            "Besuch Treffen Gespräch Führung Volkskomitee Abteilung Angelegenheit Entwicklung "
            "Wirtschaft Kultur Bildung Tourismus Landwirtschaft Arbeitskraft Student Stipendium "
            "Projekt Programm Austausch Partner Ortschaft Beziehung Absichtserklärung "
            "Unterzeichnung Zeremonie Partnerstadt Region Botschaft Botschafter Konsul "
            "Vorsitzend Sekretär Direktor Stellvertreter Beamt Unternehmen Markt Ausfuhr "
            "Einfuhr Ware Grenzübergang Zoll Logistik Straße Eisenbahn Brücke Krankenhaus "
            "Umwelt Klima Energie Technologie Wissenschaft Sicherheit Frieden Stabilität "
            "Potenzial Stärke Verständnis Vertrauen Unterstützung fördern stärken erweitern "
            "umsetzen besprechen vorschlagen empfangen teilnehmen organisieren fortsetzen "
            "Ergebnis Fest Erbe Tee Kaffee Reis Obst Meeresfrüchte Textil Elektronik Fonds "
            "Zuschuss Kredit Zeitraum Sitzung Forum Konferenz Seminar Messe Ausstellung Gast "
            "Besucher Ausbildung Universität Hochschule Schule Lehrer Jugend Veteran Verband "
            "Dorf Gemeinde Bezirk Bauer Haushalt Einkommen Armut Saisonarbeit Ernte Hochland"
        ),
        ("", "en", "e", "es", "s", "n"),
        _split("ber gen hal sch wer lin ke mar tor ung feld stein bach dorf heim au ro ti"),
        quotes=("„", "“"),
        said="sagte",
        headings=("Hintergrund", "Zusammenarbeit in Zahlen", "Nächste Schritte"),
    ),
    "pl": Language(
        "pl",
        _split(
            "i w na z do się nie że o to jak po przez dla od oraz a jest są był była było "
            "także również ze przy który która które jego ich tym tego też już czy ale pod "
            "między ponad około"
        ),
        _split(
            "prowincj delegacj współprac umow granic handl inwestycj przyjaźn wizyt spotkani "
            "rozmow przywódc komitet departament spraw rozwoj gospodark kultur edukacj "
            "turystyk rolnictw pracownik student stypendi projekt program wymian partner "
            "miejscowośc relacj memorand podpisani ceremoni region ambasad ambasador konsul "
            "przewodnicząc sekretarz dyrektor zastępc urzędnik przedsiębiorstw firm rynk "
            "eksport import towar przejści cł logistyk drog kolej most szpital środowisk "
            "klimat energi technologi nauk bezpieczeństw pokoj stabilnośc potencjał zaufani "
            "wsparci promowa wzmacnia rozszerza wdraża omawia przyjmowa uczestnicz organizowa "
            "kontynuowa wynik festiwal dziedzictw herbat kaw ryż owoc tekstyli elektronik "
            "fundusz dotacj kredyt okres sesj forum konferencj seminari targ wystaw gość "
            "szkoleni uniwersytet uczelni szkoł nauczyciel młodzież weteran stowarzyszeni wieś "
            "gmin powiat rolnik gospodarstw dochod ubóstw sezon zbior"
        ),
        ("a", "y", "ę", "ą", "i", "ami", "ach", "ie", "u", "om", "ów"),
        _split("prze wy sta ko ni ra cze szcz dzie ło wa mi rzy gło ska pol je ro"),
        quotes=("„", "”"),
        said="powiedział",
        headings=("Tło", "Współpraca w liczbach", "Kolejne kroki"),
    ),
    "fr": Language(
        "fr",
        _split(
            "le la les de des du et à en un une pour par sur dans avec au aux qui que est sont "
            "a ont été ce cette ses leur leurs plus entre ainsi également deux"
        ),
        _split(
            "province délégation coopération accord frontière commerce investissement amitié "
            "visite réunion entretien dirigeant comité département affaire développement "
            "économie culture éducation tourisme agriculture travailleur étudiant bourse projet "
            "programme échange partenaire localité relation mémorandum signature cérémonie "
            "jumelage région ambassade ambassadeur consul président secrétaire directeur "
            "adjoint responsable entreprise société marché exportation importation marchandise "
            "poste douane logistique route chemin pont hôpital environnement climat énergie "
            "technologie science sécurité paix stabilité potentiel confiance soutien "
            "promouvoir renforcer élargir mettre discuter proposer accueillir recevoir "
            "organiser poursuivre "
            "résultat festival patrimoine thé café riz fruit textile électronique fonds "
            "subvention prêt période session forum conférence séminaire foire exposition "
            "invité "
            "visiteur formation université école enseignant jeunesse vétéran association "
            "village commune district agriculteur ménage revenu pauvreté saison récolte"
        ),
        ("", "s", "e", "es", "ment"),
        _split("mon ré ta li cour bel vau ger ois ine ard eau ville champ ro sa du"),
        quotes=("« ", " »"),
        said="a déclaré",
        headings=("Contexte", "La coopération en chiffres", "Prochaines étapes"),
    ),
    "es": Language(
        "es",
        _split(
            "el la los las de del y en a un una para por con que se es son fue han ha al "
            "sus su entre también más como este esta dos"
        ),
        _split(
            "provincia delegación cooperación acuerdo frontera comercio inversión amistad "
            "visita reunión conversación dirigente comité departamento asunto desarrollo "
            "economía cultura educación turismo agricultura trabajador estudiante beca proyecto "
            "programa intercambio socio localidad relación memorando firma ceremonia "
            "hermanamiento región embajada embajador cónsul presidente secretario director "
            "subdirector funcionario empresa mercado exportación importación mercancía paso "
            "aduana logística carretera ferrocarril puente hospital ambiente clima energía "
            "tecnología ciencia seguridad paz estabilidad potencial confianza apoyo promover "
            "fortalecer ampliar implementar discutir proponer recibir organizar continuar "
            "resultado festival patrimonio té café arroz fruta textil fondo subvención "
            "préstamo periodo sesión foro conferencia seminario feria exposición visitante "
            "formación universidad escuela maestro juventud veterano asociación aldea comuna"
        ),
        ("", "s", "es", "mente"),
        _split("ca lo ra mi ve do ta ri llo cha mar ces gue pa no si"),
        quotes=("«", "»"),
        said="dijo",
        headings=("Antecedentes", "La cooperación en cifras", "Próximos pasos"),
    ),
    "ru": Language(
        "ru",
        _split(
            "и в на с по к о из за от для что это как не также а его их между при более "
            "около был была были было будет являются который которая которые два обе"
        ),
        _split(
            "провинци делегаци сотрудничеств соглашени границ торговл инвестици дружб визит "
            "встреч переговор руководител комитет департамент дел развити экономик культур "
            "образовани туризм сельск работник студент стипенди проект программ обмен "
            "партнёр местност отношени меморандум подписани церемони побратим регион "
            "посольств посол консул председател секретар директор заместител чиновник "
            "предприяти компани рынк экспорт импорт товар пункт таможн логистик дорог "
            "железн мост больниц окружающ климат энерги технологи наук безопасност мир "
            "стабильност потенциал довери поддержк продвига укрепля расширя реализова "
            "обсужда предлага принима организова продолжа результат фестивал наследи чай "
            "кофе рис фрукт текстил электроник фонд грант кредит период сесси форум "
            "конференци семинар ярмарк выставк гост посетител обучени университет колледж "
            "школ учител молодёж ветеран ассоциаци деревн общин район фермер хозяйств доход"
        ),
        ("", "а", "ы", "у", "ом", "ой", "ов", "ами", "ах", "е", "и"),
        _split("ко ра ни то ва ли ме ст ше бор гра дин ов ск ро ле жу"),
        quotes=("«", "»"),
        said="заявил",
        headings=("Предыстория", "Сотрудничество в цифрах", "Дальнейшие шаги"),
    ),
    "ar": Language(
        "ar",
        _split(
            "في من إلى على مع و عن أن هذا هذه التي الذي كما بين حيث قد كان كانت تم لقد "
            "ذلك أيضا خلال بعد قبل عند حول"
        ),
        _split(
            "مقاطعة وفد تعاون اتفاقية حدود تجارة استثمار صداقة زيارة اجتماع محادثات قادة "
            "لجنة إدارة شؤون تنمية اقتصاد ثقافة تعليم سياحة زراعة عمال طلاب منحة مشروع "
            "برنامج تبادل شريك محلية علاقات مذكرة توقيع حفل منطقة سفارة سفير قنصل رئيس "
            "أمين مدير نائب مسؤول مؤسسة شركة سوق تصدير استيراد بضائع معبر جمارك طريق "
            "سكة جسر مستشفى بيئة مناخ طاقة تكنولوجيا علوم أمن سلام استقرار إمكانات ثقة "
            "دعم تعزيز توسيع تنفيذ مناقشة اقتراح استقبال تنظيم مواصلة نتائج مهرجان تراث "
            "شاي قهوة أرز فواكه منسوجات صندوق قرض فترة دورة منتدى مؤتمر ندوة معرض ضيف "
            "زوار تدريب جامعة كلية مدرسة معلم شباب قرية بلدية منطقة مزارع أسرة دخل فقر"
        ),
        ("", "ات", "ية", "ين"),
        _split("ال با تي نا ري سا ما كو لي دا را حا مو فا جي"),
        comma="،",
        quotes=("«", "»"),
        said="قال",
        cased=False,
        headings=("خلفية", "التعاون بالأرقام", "الخطوات المقبلة"),
    ),
    "ja": Language(
        "ja",
        (
            "の",
            "は",
            "を",
            "に",
            "と",
            "で",
            "が",
            "も",
            "から",
            "まで",
            "した",
            "する",
            "している",
            "された",
            "など",
            "また",
            "これ",
            "その",
            "ため",
            "として",
        ),
        _split(
            "省 代表団 協力 協定 国境 貿易 投資 友好 訪問 会談 会議 指導者 委員会 局 外務 発展 "
            "経済 文化 教育 観光 農業 労働者 学生 奨学金 事業 計画 交流 相手 地方 関係 覚書 "
            "署名 式典 姉妹都市 地域 大使館 大使 総領事 委員長 書記 局長 副局長 職員 企業 "
            "市場 輸出 輸入 物品 口岸 税関 物流 道路 鉄道 橋 病院 環境 気候 エネルギー 技術 "
            "科学 安全 平和 安定 潜在力 信頼 支援 促進 強化 拡大 実施 協議 提案 歓迎 受け入れ "
            "開催 継続 成果 祭り 遺産 茶 コーヒー 米 果物 繊維 電子 基金 無償 融資 期間 "
            "会合 フォーラム 見本市 展示会 訪問者 研修 大学 学校 教員 青年 退役軍人 協会 "
            "村 社 県 農家 世帯 所得 貧困 季節 収穫"
        ),
        ("", "", "の", "を", "に", "は"),
        _split(
            "山 川 田 本 国 際 交 流 協 力 発 展 経 済 文 化 観 光 農 業 貿 易 投 資 省 市 "
            "県 人 民 委 員 会 新 地 域 港 門 関 係 友 好 技 術 学 校"
        ),
        spaced=False,
        period="。",
        comma="、",
        quotes=("「", "」"),
        said="と述べた",
        cased=False,
        headings=("背景", "数字で見る協力", "今後の取り組み"),
    ),
    "zh": Language(
        "zh",
        (
            "的",
            "了",
            "和",
            "在",
            "与",
            "是",
            "为",
            "对",
            "将",
            "也",
            "并",
            "等",
            "及",
            "中",
            "上",
            "这",
            "其",
            "于",
            "以",
            "已",
        ),
        _split(
            "省 代表团 合作 协议 边境 贸易 投资 友好 访问 会见 会谈 领导 委员会 厅 外事 发展 "
            "经济 文化 教育 旅游 农业 劳务 学生 奖学金 项目 计划 交流 伙伴 地方 关系 备忘录 "
            "签署 仪式 友好城市 地区 大使馆 大使 总领事 主席 书记 厅长 副厅长 官员 企业 "
            "市场 出口 进口 商品 口岸 海关 物流 公路 铁路 大桥 医院 环境 气候 能源 技术 "
            "科学 安全 和平 稳定 潜力 信任 支持 促进 加强 扩大 落实 讨论 建议 欢迎 接待 "
            "举办 继续 成果 节日 遗产 茶叶 咖啡 大米 水果 纺织 电子 基金 援助 贷款 期间 "
            "会议 论坛 博览会 展览 游客 培训 大学 学校 教师 青年 协会 村 乡 县 农户 收入"
        ),
        ("", "", "的"),
        _split(
            "山 河 云 南 广 西 交 流 合 作 发 展 经 济 文 化 旅 游 农 业 贸 易 投 资 省 市 "
            "县 人 民 委 员 会 新 地 区 港 门 关 系 友 好 技 术 学 校"
        ),
        spaced=False,
        period="。",
        comma="，",
        quotes=("“", "”"),
        said="表示",
        cased=False,
        headings=("背景", "合作数据", "下一步"),
    ),
}

# Shares of the corpus by article language (the seeds came in Polish, German, Arabic, Japanese).
LANGUAGE_WEIGHTS: dict[str, int] = {
    "en": 14, "de": 14, "pl": 12, "fr": 11, "es": 6, "ru": 10, "ar": 12, "ja": 13, "zh": 8,
}  # fmt: skip

# Number formatting: thousands separator, decimal mark, and "million"/"billion" words.
NUMBER_STYLE: dict[str, tuple[str, str, str, str]] = {
    "en": (",", ".", "million", "billion"),
    "de": (".", ",", "Millionen", "Milliarden"),
    "pl": ("\u00a0", ",", "milionów", "miliardów"),
    "fr": ("\u202f", ",", "millions de", "milliards de"),
    "es": (".", ",", "millones de", "mil millones de"),
    "ru": ("\u00a0", ",", "млн", "млрд"),
    "ar": ("٬", "٫", "مليون", "مليار"),
    "ja": (",", ".", "万", "億"),
    "zh": (",", ".", "万", "亿"),
}

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def format_number(value: float, lang: str, rng: random.Random) -> str:
    """A number as an article in ``lang`` would write it ("1.549", "25 milionów", "٢٠١٦")."""
    thousands, decimal, million, billion = NUMBER_STYLE[lang]
    if lang in ("ja", "zh") and value >= 10_000:
        scaled = value / 100_000_000 if value >= 100_000_000 else value / 10_000
        word = billion if value >= 100_000_000 else million
        return f"{scaled:g}{word}"
    if value >= 1_000_000 and rng.random() < 0.7:
        scaled, word = (value / 1e9, billion) if value >= 1e9 else (value / 1e6, million)
        text = f"{scaled:g}".replace(".", decimal)
        return f"{text} {word}"
    if isinstance(value, float) and not value.is_integer():
        whole, _, fraction = f"{value:.2f}".partition(".")
        text = f"{int(whole):,}".replace(",", thousands) + decimal + fraction
    else:
        text = f"{int(value):,}".replace(",", thousands)
    if lang == "ar" and rng.random() < 0.4:
        text = text.translate(ARABIC_INDIC)
    return text
