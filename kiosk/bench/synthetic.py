"""SYNTHETIC content for the benchmark: never shipped, never mixed into real data.

``make_content(records, seed)`` builds a complete, valid content set of
*records* records (one zone, one source, the rest spread over every other
kind, most of them clusters, manufacturers and bases) with titles,
summaries and some bodies in Chinese, Russian and English, of the lengths
real records have.  Names are made from word lists (Chinese industry words,
their Russian and English translations, pinyin-style firm names), so
searching them behaves like searching the real content: 1- and 2-character
Chinese queries hit many records, longer ones few.

Everything is marked: slugs start with ``synthetic-``, every
``source_quote`` starts with ``SYNTHETIC``, the zone's title says
"synthetic test data" in each language and ``meta.note`` says what it is.
The benchmark loads it into a throwaway database in a temporary folder only.
The same *seed* gives the same content, byte for byte.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timezone
from typing import Any

from kiosk.content.formats.schema import MODELS, ContentSet, MetaIn, RecordIn
from kiosk.content.vocab import KINDS, LANGUAGES

MARK = "SYNTHETIC"
SOURCE_SLUG = "synthetic-source"
ZONE_SLUG = "synthetic-zone"
CREATED_AT = datetime(2025, 1, 1, tzinfo=timezone.utc)

#: Share of the records (after the zone and the source) per kind; bases take the rest.
SHARES: dict[str, float] = {
    "figure": 0.0005,
    "industry": 0.003,
    "statement": 0.01,
    "platform": 0.08,
    "initiative": 0.07,
    "manufacturer": 0.30,
    "cluster": 0.25,
}
#: At least this many of each kind (when the total allows), so every page type exists.
MINIMUM = {"figure": 3, "industry": 2, "statement": 1, "platform": 2, "initiative": 2, "manufacturer": 3, "cluster": 3, "base": 3}

# -- word lists: (Chinese, Russian, English); Russian in the genitive, as it follows a noun
TERMS: list[tuple[str, str, str, str]] = [
    ("冷藏箱", "рефрижераторных контейнеров", "refrigerated containers", "appliances"),
    ("钢结构", "стальных конструкций", "steel structures", "steel"),
    ("智能家电", "умной бытовой техники", "smart home appliances", "appliances"),
    ("调味品", "приправ и специй", "condiments and spices", "food"),
    ("新能源", "новой энергетики", "new energy", "new_energy"),
    ("海洋装备", "морского оборудования", "marine equipment", "steel"),
    ("船用锅炉", "судовых котлов", "marine boilers", "steel"),
    ("轮胎装备", "шинного оборудования", "tyre equipment", "steel"),
    ("食品加工", "пищевой переработки", "food processing", "food"),
    ("冷链物流", "холодовой логистики", "cold-chain logistics", "food"),
    ("光伏组件", "солнечных модулей", "solar modules", "new_energy"),
    ("储能电池", "накопителей энергии", "energy storage batteries", "new_energy"),
    ("精密机械", "точного машиностроения", "precision machinery", "steel"),
    ("电子元件", "электронных компонентов", "electronic components", "appliances"),
    ("海产品", "морепродуктов", "seafood", "food"),
    ("农产品", "сельхозпродукции", "agricultural products", "food"),
    ("汽车零部件", "автокомпонентов", "automotive parts", "steel"),
    ("电力装备", "электроэнергетического оборудования", "power equipment", "new_energy"),
    ("新材料", "новых материалов", "new materials", "new_energy"),
    ("啤酒饮料", "пива и напитков", "beer and beverages", "food"),
    ("储罐", "ёмкостей для хранения", "storage tanks", "steel"),
    ("厨房电器", "кухонной техники", "kitchen appliances", "appliances"),
    ("氢能装备", "водородного оборудования", "hydrogen equipment", "new_energy"),
    ("速冻食品", "замороженных продуктов", "frozen foods", "food"),
]
FIRMS: list[tuple[str, str, str]] = [
    ("瑞丰", "Жуйфэн", "Ruifeng"), ("恒信", "Хэнсинь", "Hengxin"), ("永兴", "Юнсин", "Yongxing"),
    ("鑫源", "Синьюань", "Xinyuan"), ("泰和", "Тайхэ", "Taihe"), ("华盛", "Хуашэн", "Huasheng"),
    ("金桥", "Цзиньцяо", "Jinqiao"), ("宏达", "Хунда", "Hongda"), ("蓝海", "Ланьхай", "Lanhai"),
    ("东方", "Дунфан", "Dongfang"), ("远洋", "Юаньян", "Yuanyang"), ("北辰", "Бэйчэнь", "Beichen"),
    ("中泰", "Чжунтай", "Zhongtai"), ("海湾", "Хайвань", "Haiwan"), ("明阳", "Минъян", "Mingyang"),
    ("天润", "Тяньжунь", "Tianrun"), ("新华", "Синьхуа", "Xinhua"), ("同创", "Тунчуан", "Tongchuang"),
    ("安泰", "Аньтай", "Antai"), ("昌盛", "Чаншэн", "Changsheng"), ("国丰", "Гофэн", "Guofeng"),
    ("益海", "Ихай", "Yihai"), ("德润", "Дэжунь", "Derun"), ("佳和", "Цзяхэ", "Jiahe"),
    ("海川", "Хайчуань", "Haichuan"), ("立信", "Лисинь", "Lixin"), ("万通", "Ваньтун", "Wantong"),
    ("盛达", "Шэнда", "Shengda"), ("三和", "Саньхэ", "Sanhe"), ("广源", "Гуанъюань", "Guangyuan"),
]
PLACES: list[tuple[str, str, str]] = [
    ("胶东", "Цзяодун", "Jiaodong"), ("胶莱", "Цзяолай", "Jiaolai"), ("九龙", "Цзюлун", "Jiulong"),
    ("李哥庄", "Лигэчжуан", "Ligezhuang"), ("铺集", "Пуцзи", "Puji"), ("洋河", "Янхэ", "Yanghe"),
    ("里岔", "Лича", "Licha"), ("胶西", "Цзяоси", "Jiaoxi"), ("胶北", "Цзяобэй", "Jiaobei"),
    ("中云", "Чжунъюнь", "Zhongyun"), ("三里河", "Саньлихэ", "Sanlihe"), ("阜安", "Фуань", "Fu'an"),
]
SERVICES: list[tuple[str, str, str]] = [
    ("跨境电商", "трансграничной электронной торговли", "cross-border e-commerce"),
    ("检验检测", "испытаний и сертификации", "testing and certification"),
    ("工业互联网", "промышленного интернета", "industrial internet"),
    ("人才培训", "подготовки кадров", "talent training"),
    ("金融服务", "финансовых услуг", "financial services"),
    ("多式联运", "мультимодальных перевозок", "multimodal transport"),
    ("技术转移", "трансфера технологий", "technology transfer"),
    ("知识产权", "интеллектуальной собственности", "intellectual property"),
]
TOPICS: list[tuple[str, str, str]] = [
    ("绿色低碳", "Зелёный и низкоуглеродный рост", "Green and Low-Carbon Growth"),
    ("数字化转型", "Цифровая трансформация", "Digital Transformation"),
    ("一镇一业", "Один посёлок — одна отрасль", "One Town, One Industry"),
    ("专精特新", "Специализированные и инновационные МСП", "Specialised and Innovative SMEs"),
    ("链长制", "Руководители производственных цепочек", "Industrial Chain Leaders"),
    ("智能制造", "Умное производство", "Smart Manufacturing"),
    ("上合经贸合作", "Торговое сотрудничество ШОС", "SCO Trade Cooperation"),
    ("科技成果转化", "Внедрение научных разработок", "Commercialising Research"),
]
SURNAMES: list[tuple[str, str, str]] = [
    ("王", "Ван", "Wang"), ("李", "Ли", "Li"), ("张", "Чжан", "Zhang"), ("刘", "Лю", "Liu"),
    ("陈", "Чэнь", "Chen"), ("杨", "Ян", "Yang"), ("赵", "Чжао", "Zhao"), ("黄", "Хуан", "Huang"),
    ("周", "Чжоу", "Zhou"), ("吴", "У", "Wu"), ("徐", "Сюй", "Xu"), ("孙", "Сунь", "Sun"),
]
GIVEN: list[tuple[str, str, str]] = [
    ("伟", "Вэй", "Wei"), ("芳", "Фан", "Fang"), ("明", "Мин", "Ming"), ("静", "Цзин", "Jing"),
    ("海波", "Хайбо", "Haibo"), ("建国", "Цзяньго", "Jianguo"), ("晓燕", "Сяоянь", "Xiaoyan"),
    ("志强", "Чжицян", "Zhiqiang"), ("丽娟", "Лицзюань", "Lijuan"), ("国华", "Гохуа", "Guohua"),
]
ROLES: list[tuple[str, str, str]] = [
    ("上合示范区管委会主任", "Директор Административного комитета Демонстрационной зоны ШОС",
     "Director of the SCO Demonstration Zone Administrative Committee"),
    ("胶州市工业和信息化局局长", "Начальник управления промышленности и информатизации Цзяочжоу",
     "Head of the Jiaozhou Bureau of Industry and Information Technology"),
    ("企业董事长", "Председатель совета директоров компании", "Chairman of the company"),
    ("产业集群联盟秘书长", "Генеральный секретарь альянса промышленного кластера", "Secretary-General of the cluster alliance"),
]
FIGURE_LABELS: list[tuple[str, str, str, str]] = [
    ("工业企业", "промышленных предприятий", "industrial enterprises", "count"),
    ("规模以上工业企业", "крупных промышленных предприятий", "industrial enterprises above designated size", "count"),
    ("高新技术企业", "высокотехнологичных предприятий", "high-tech enterprises", "count"),
    ("工业总产值", "валовой промышленной продукции", "gross industrial output", "yuan"),
    ("进出口总额", "внешнеторгового оборота", "total imports and exports", "yuan"),
    ("产业集群", "промышленных кластеров", "industrial clusters", "count"),
    ("省级以上研发平台", "платформ НИОКР провинциального уровня", "provincial-level R&D platforms", "count"),
]

#: Sentences a summary or body is made of: (Chinese, Russian, English) with {firm}, {term}, {place}, {n}, {year}.
SENTENCES: list[tuple[str, str, str]] = [
    ("{firm}位于胶州市{place}，主要从事{term}的研发、生产和销售。",
     "Компания {firm} расположена в районе {place} города Цзяочжоу и занимается разработкой, производством и продажей {term}.",
     "{firm} is based in {place}, Jiaozhou, and develops, makes and sells {term}."),
    ("产品出口到{n}个国家和地区，其中包括多个上合组织成员国。",
     "Продукция экспортируется в {n} стран и регионов, в том числе в несколько государств — членов ШОС.",
     "Its products are exported to {n} countries and regions, several of them SCO member states."),
    ("{year}年，该企业投资建设了新的智能化生产线，年产能提高了{n}%。",
     "В {year} году предприятие построило новую интеллектуальную производственную линию и увеличило годовую мощность на {n}%.",
     "In {year} the company built a new smart production line and raised its annual capacity by {n}%."),
    ("集群内共有{n}家企业，形成了从原材料到成品的完整产业链。",
     "В кластере работают {n} предприятий, образующих полную цепочку от сырья до готовой продукции.",
     "The cluster counts {n} enterprises forming a complete chain from raw materials to finished goods."),
    ("依托上合示范区的物流通道，{term}可以快速运往中亚和欧洲。",
     "Благодаря логистическим коридорам Демонстрационной зоны ШОС продукция категории «{term}» быстро доставляется в Центральную Азию и Европу.",
     "Thanks to the SCO Demonstration Zone's logistics corridors, {term} reach Central Asia and Europe quickly."),
    ("企业与高校和科研院所合作，设立了{n}个联合实验室。",
     "Компания сотрудничает с университетами и научными институтами и открыла {n} совместных лабораторий.",
     "The company works with universities and research institutes and has set up {n} joint laboratories."),
    ("{place}的{term}产业年产值超过{n}亿元。",
     "Годовой объём производства {term} в районе {place} превышает {n} сотен миллионов юаней.",
     "Annual output of {term} in {place} exceeds {n} hundred million yuan."),
    ("该平台为中小企业提供一站式服务，已服务企业{n}余家。",
     "Платформа предоставляет малым и средним предприятиям услуги в одном окне и уже обслужила более {n} компаний.",
     "The platform offers small and medium firms one-stop services and has served more than {n} of them."),
    ("通过绿色低碳改造，单位产值能耗下降了{n}%。",
     "Благодаря зелёной и низкоуглеродной модернизации энергоёмкость продукции снизилась на {n}%.",
     "Green, low-carbon upgrades have cut the energy used per unit of output by {n}%."),
    ("目前，{firm}正在建设新的研发中心，预计{year}年投入使用。",
     "Сейчас {firm} строит новый научно-исследовательский центр, который планируется открыть в {year} году.",
     "{firm} is now building a new research centre, due to open in {year}."),
]

LANG_INDEX = {"zh-Hans": 0, "ru": 1, "en": 2}


def _tr(text: str, lang: str) -> dict[str, Any]:
    return {"text": text, "verified": lang == "en"}


def _per_lang(values: tuple[str, str, str], limit: int) -> dict[str, dict[str, Any]]:
    return {lang: _tr(values[LANG_INDEX[lang]][:limit].strip(), lang) for lang in LANGUAGES}


class _Writer:
    """Makes the texts of one content set from one random stream."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def firm(self) -> tuple[str, str, str]:
        a = self.pick(FIRMS)
        return a

    def sentences(self, count: int, slots: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
        out: list[list[str]] = [[], [], []]
        for _ in range(count):
            tmpl = self.pick(SENTENCES)
            n = str(self.rng.randint(3, 180))
            year = str(self.rng.randint(2015, 2027))
            for i in range(3):
                values = {name: v[i] for name, v in slots.items()}
                out[i].append(tmpl[i].format(n=n, year=year, **values))
        return "".join(out[0]), " ".join(out[1]), " ".join(out[2])


def _counts(records: int) -> dict[str, int]:
    """How many records of each kind make *records* in all (zone and source included)."""
    if records < 2:
        raise ValueError("the synthetic content needs at least 2 records (the zone and the source)")
    rest = records - 2
    counts = {kind: round(rest * share) for kind, share in SHARES.items()}
    counts["figure"] = min(counts["figure"], 10)  # Home shows every key figure large: a handful
    # Every page type should exist when there is room for it.
    if rest >= sum(MINIMUM.values()):
        for kind, low in MINIMUM.items():
            if kind != "base":
                counts[kind] = max(counts[kind], low)
    counts["base"] = rest - sum(counts.values())
    while counts["base"] < min(MINIMUM["base"], rest):  # small sets: take back from the largest kind
        largest = max(SHARES, key=lambda k: counts[k])
        counts[largest] -= 1
        counts["base"] += 1
    counts.update(source=1, zone=1)
    return {kind: counts.get(kind, 0) for kind in KINDS}


class _Generator:
    """Writes the raw records of each kind, in a fixed order of random draws."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.w = _Writer(self.rng)
        self.manufacturers: list[str] = []

    def slots(self, place=None) -> dict[str, Any]:
        """Words for a record's sentences: a firm, a trade, a place."""
        return {"firm": self.w.firm(), "term": self.w.pick(TERMS)[:3], "place": place or self.w.pick(PLACES)}

    def record(self, kind: str, index: int, title: tuple[str, str, str], slots, summary_sentences=(1, 3),
               body_chance: float = 0.5, subtitle: tuple[str, str, str] | None = None) -> dict[str, Any]:
        """The fields every kind has, with texts in the three languages."""
        rng, w = self.rng, self.w
        text: dict[str, Any] = {"title": _per_lang(title, 200)}
        if subtitle is not None:
            text["subtitle"] = _per_lang(subtitle, 300)
        text["summary"] = _per_lang(w.sentences(rng.randint(*summary_sentences), slots), 1200)
        if rng.random() < body_chance:
            text["body"] = _per_lang(w.sentences(rng.randint(3, 12), slots), 8000)
        return {
            "slug": f"synthetic-{kind}-{index:05d}",
            "sort_order": index,
            "published": True,
            "source": SOURCE_SLUG,
            "source_quote": f"{MARK} benchmark record {kind} {index}; not a fact.",
            "text": text,
        }

    @staticmethod
    def source() -> dict[str, Any]:
        """The one source every synthetic record names."""
        return {
            "slug": SOURCE_SLUG,
            "sort_order": 0,
            "published_on": date(2025, 1, 1),
            "source_quote": f"{MARK}: generated by kiosk.bench.synthetic for benchmarks only.",
            "text": {
                "title": _per_lang(("合成测试数据来源", "Источник синтетических тестовых данных", "Synthetic benchmark data source"), 200),
                "subtitle": _per_lang(("基准测试程序", "Программа замеров", "The kiosk benchmark"), 300),
                "summary": _per_lang(("本内容为自动生成的测试数据，并非事实。", "Это автоматически созданные тестовые данные, а не факты.",
                                      "Automatically generated test data; nothing in it is a fact."), 1200),
            },
        }

    def zone(self) -> dict[str, Any]:
        """The zone, plainly marked synthetic."""
        place = self.w.pick(PLACES)
        zone = self.record("zone", 0, ("胶州（合成测试数据）", "Цзяочжоу (синтетические тестовые данные)", "Jiaozhou (synthetic test data)"),
                           {"firm": FIRMS[0], "term": TERMS[0][:3], "place": place}, (3, 5), 1.0,
                           subtitle=("上合示范区核心区 · 合成数据", "Ядро Демонстрационной зоны ШОС · синтетические данные",
                                     "Core area of the SCO Demonstration Zone · synthetic data"))
        zone["slug"] = ZONE_SLUG
        return zone

    def figure(self, i: int) -> dict[str, Any]:
        """A key figure with a value in its unit."""
        rng = self.rng
        label = FIGURE_LABELS[i % len(FIGURE_LABELS)]
        rec = self.record("figure", i + 1, label[:3], self.slots(), (1, 1), 0.0)
        unit = label[3]
        rec.update(value=float(rng.choice([7, 12, 160, 1000, 1600, 15000, 2.4e9, 8.5e10])) if unit == "count" else float(rng.randint(1, 900) * 1e8),
                   unit=unit, qualifier=rng.choice(["over", "more_than", "exact"]), year=rng.randint(2020, 2025))
        return rec

    def industry(self, i: int) -> dict[str, Any]:
        """An industry of one sector; the first is the focus."""
        term = TERMS[i % len(TERMS)]
        title = (term[0] + "产业", "Отрасль " + term[1], term[2].capitalize() + " industry")
        rec = self.record("industry", i + 1, title, {"firm": self.w.firm(), "term": term[:3], "place": self.w.pick(PLACES)}, (2, 3), 0.3)
        rec.update(sector=term[3], focus=(i == 0))
        return rec

    def manufacturer(self, n: int) -> dict[str, Any]:
        """A manufacturer; a few have a web address."""
        rng, w = self.rng, self.w
        firm, term, place = w.firm(), w.pick(TERMS), w.pick(PLACES)
        title = (f"青岛{firm[0]}{term[0]}有限公司（{n}）", f"Циндао {firm[1]}: производство {term[1]} ({n})",
                 f"Qingdao {firm[2]} {term[2].title()} Co., Ltd. ({n})")
        rec = self.record("manufacturer", n, title, {"firm": (firm[0] + "公司", firm[1], firm[2]), "term": term[:3], "place": place},
                          subtitle=(f"{place[0]} · {term[0]}", f"{place[1]} · {term[1]}", f"{place[2]} · {term[2]}") if rng.random() < 0.5 else None)
        rec["sector"] = term[3] if rng.random() < 0.9 else None
        if rng.random() < 0.03:
            rec["web_url"] = f"https://example.org/synthetic/{n}"
        self.manufacturers.append(rec["slug"])
        return rec

    def cluster(self, n: int) -> dict[str, Any]:
        """A cluster of a level and sector, tied to a few manufacturers."""
        rng, w = self.rng, self.w
        term, place = w.pick(TERMS), w.pick(PLACES)
        level = "national" if rng.random() < 0.15 else "provincial"
        kind = "leading_county" if rng.random() < 0.1 else "cluster"
        zh_level = "国家级" if level == "national" else "省级"
        ru_level = "национального" if level == "national" else "провинциального"
        title = (f"{place[0]}{term[0]}{zh_level}特色产业集群（{n}）", f"Кластер {term[1]} {ru_level} уровня, {place[1]} ({n})",
                 f"{place[2]} {term[2].title()} {level.title()} Industrial Cluster ({n})")
        rec = self.record("cluster", n, title, {"firm": w.firm(), "term": term[:3], "place": place})
        makers = self.manufacturers
        members = rng.sample(makers, k=min(len(makers), rng.choice([0, 0, 1, 2, 3]))) if makers else []
        rec.update(level=level, cluster_kind=kind, sector=term[3], manufacturers=sorted(members))
        return rec

    def base(self, n: int) -> dict[str, Any]:
        """A production base; some name their manufacturer."""
        rng, w = self.rng, self.w
        firm, term, place = w.firm(), w.pick(TERMS), w.pick(PLACES)
        title = (f"{firm[0]}{term[0]}生产基地（{n}）", f"Производственная база {term[1]} «{firm[1]}» ({n})",
                 f"{firm[2]} {term[2].title()} Production Base ({n})")
        rec = self.record("base", n, title, {"firm": firm, "term": term[:3], "place": place})
        if self.manufacturers and rng.random() < 0.4:
            rec["manufacturer"] = w.pick(self.manufacturers)
        return rec

    def platform(self, n: int) -> dict[str, Any]:
        """A service platform."""
        service, place = self.w.pick(SERVICES), self.w.pick(PLACES)
        title = (f"{place[0]}{service[0]}服务平台（{n}）", f"Платформа {service[1]}, {place[1]} ({n})",
                 f"{place[2]} {service[2].title()} Service Platform ({n})")
        return self.record("platform", n, title, self.slots(place))

    def initiative(self, n: int) -> dict[str, Any]:
        """An initiative."""
        topic, place = self.w.pick(TOPICS), self.w.pick(PLACES)
        title = (f"{topic[0]}行动计划（{n}）", f"Программа «{topic[1]}» ({n})", f"{topic[2]} Action Plan ({n})")
        return self.record("initiative", n, title, self.slots(place))

    def statement(self, n: int) -> dict[str, Any]:
        """A statement by a made-up official (never a real person)."""
        w = self.w
        surname, given, role = w.pick(SURNAMES), w.pick(GIVEN), w.pick(ROLES)
        title = (surname[0] + given[0], f"{surname[1]} {given[1]}", f"{surname[2]} {given[2]}")
        return self.record("statement", n, title, self.slots(), body_chance=1.0, subtitle=role)


def make_content(records: int = 10_000, seed: int = 1) -> ContentSet:
    """A valid, clearly SYNTHETIC ContentSet of exactly *records* records (deterministic per *seed*)."""
    gen = _Generator(seed)
    counts = _counts(records)
    raw: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    raw["source"].append(gen.source())
    raw["zone"].append(gen.zone())
    raw["figure"] = [gen.figure(i) for i in range(counts["figure"])]
    raw["industry"] = [gen.industry(i) for i in range(counts["industry"])]
    # Manufacturers before clusters and bases, which name them.
    for kind in ("manufacturer", "cluster", "base", "platform", "initiative", "statement"):
        make = getattr(gen, kind)
        raw[kind] = [make(n) for n in range(1, counts[kind] + 1)]
    meta = MetaIn(
        format=1,
        content_version=f"synthetic-{records}-seed-{seed}",
        created_at=CREATED_AT,
        default_language="zh-Hans",
        languages=list(LANGUAGES),
        note=f"{MARK} benchmark content ({records} records, seed {seed}) made by kiosk.bench.synthetic; "
             "not facts, never shipped, for throwaway benchmark databases only.",
    )
    records_in: dict[str, list[RecordIn]] = {
        kind: [MODELS[kind].model_validate(item) for item in raw[kind]] for kind in KINDS
    }
    return ContentSet(meta=meta, records=records_in)


def kind_counts(records: int) -> dict[str, int]:
    """How many records of each kind ``make_content(records)`` makes."""
    return _counts(records)
