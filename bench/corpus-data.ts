/**
 * Word material for the synthetic corpus: our own invented sentences, names and
 * amount spellings in the seven languages the engine reads. Data file, so it is
 * allowed to be long. Nothing here is taken from the labelled dev corpus.
 */
export type Lang = 'ar' | 'en' | 'fr' | 'de' | 'es' | 'zh' | 'ja';
export const LANGS: readonly Lang[] = ['ar', 'en', 'fr', 'de', 'es', 'zh', 'ja'];

/** Syllables for invented company names, so most names are not in any gazetteer. */
export const NAME_PARTS = {
  heads: ['Nex', 'Quan', 'Vel', 'Sol', 'Ari', 'Lumi', 'Kor', 'Tera', 'Ozo', 'Pyra', 'Zen', 'Mira', 'Cal', 'Hexa', 'Orbi', 'Strata'],
  tails: ['ora', 'tiva', 'lis', 'gen', 'mind', 'ra', 'vox', 'flow', 'core', 'nyx', 'dex', 'lytic', 'sense', 'forge'],
  suffixes: ['Labs', 'AI', 'Robotics', 'Systems', 'Technologies', 'Analytics', ''],
};

/** Well-known names, in the spelling each language's press tends to use. */
export const KNOWN: Record<Lang, readonly string[]> = {
  en: ['OpenAI', 'Anthropic', 'Mistral AI', 'Cohere', 'Hugging Face', 'Perplexity', 'Databricks', 'Scale AI', 'xAI'],
  fr: ['Mistral AI', 'OpenAI', 'Hugging Face', 'Anthropic', 'Poolside', 'H Company', 'LightOn'],
  de: ['Aleph Alpha', 'DeepL', 'OpenAI', 'Helsing', 'Black Forest Labs', 'Anthropic', 'Mistral AI'],
  es: ['OpenAI', 'Anthropic', 'Mistral AI', 'Multiverse Computing', 'Clibrain', 'Databricks'],
  zh: ['智谱AI', '月之暗面', '百川智能', 'MiniMax', '零一万物', 'OpenAI', '阶跃星辰'],
  ja: ['Sakana AI', 'Preferred Networks', 'ELYZA', 'OpenAI', 'アンソロピック', 'ソフトバンク'],
  ar: ['أوبن إيه آي', 'أنثروبيك', 'G42', 'ميسترال', 'هيوماين', 'OpenAI', 'إنفيديا'],
};

export const INVESTORS: Record<Lang, readonly string[]> = {
  en: ['Sequoia Capital', 'Andreessen Horowitz', 'Lightspeed', 'Microsoft', 'Nvidia', 'SoftBank', 'Thrive Capital', 'General Catalyst'],
  fr: ['Bpifrance', 'Eurazeo', 'Partech', 'General Catalyst', 'Nvidia', 'Lightspeed'],
  de: ['Earlybird', 'HV Capital', 'Lakestar', 'Schwarz Gruppe', 'Bosch Ventures', 'Nvidia'],
  es: ['Kibo Ventures', 'Seaya', 'Telefónica', 'Santander', 'Nvidia', 'SoftBank'],
  zh: ['红杉中国', '腾讯', '阿里巴巴', '高瓴资本', '启明创投', '美团'],
  ja: ['ソフトバンク', 'NTT', '三菱UFJ銀行', 'ソニー', 'KDDI', 'NEC'],
  ar: ['مبادلة', 'صندوق الاستثمارات العامة', 'إم جي إكس', 'مايكروسوفت', 'سوفت بنك', 'جهاز قطر للاستثمار'],
};

export const ROUNDS: Record<Lang, readonly string[]> = {
  en: ['seed round', 'Series A', 'Series B', 'Series C', 'Series D', 'growth round'],
  fr: ['tour de table', 'série A', 'série B', 'série C', 'levée de fonds'],
  de: ['Seed-Runde', 'Series-A-Runde', 'Series-B-Runde', 'Finanzierungsrunde'],
  es: ['ronda semilla', 'serie A', 'serie B', 'serie C', 'ronda de financiación'],
  zh: ['天使轮', 'A轮', 'B轮', 'C轮', '战略融资'],
  ja: ['シードラウンド', 'シリーズA', 'シリーズB', 'シリーズC'],
  ar: ['جولة تأسيسية', 'جولة أ', 'جولة ب', 'جولة تمويل'],
};

/**
 * Ordinary prose as three interchangeable parts per language; any opening
 * joins any middle and any ending, which gives hundreds of distinct sentences.
 */
export const PROSE: Record<Lang, { open: readonly string[]; middle: readonly string[]; end: readonly string[] }> = {
  en: {
    open: ['Over the past year,', 'According to people familiar with the matter,', 'In a statement on Tuesday,', 'For many engineers in the field,', 'Despite the cooling market,', 'At a conference in the city,'],
    middle: ['the company has been hiring researchers', 'executives described a shift toward smaller models', 'analysts warned about the cost of computing power', 'the team focused on tools for hospitals and banks', 'regulators asked new questions about training data', 'customers have started to test the product in pilots'],
    end: ['and expects to open an office abroad.', 'while competition keeps growing.', 'though details were not disclosed.', 'as demand for chips stays high.', 'and plans to publish more research.', 'without giving a timeline.'],
  },
  fr: {
    open: ['Depuis plusieurs mois,', 'Selon des sources proches du dossier,', 'Lors d\'une conférence à Paris,', 'Pour de nombreux chercheurs,', 'Malgré un marché plus prudent,', 'Dans un communiqué publié mardi,'],
    middle: ['la société recrute des ingénieurs spécialisés', 'les dirigeants ont évoqué des modèles plus compacts', 'les analystes s\'inquiètent du coût des serveurs', 'l\'équipe travaille avec des hôpitaux et des banques', 'les autorités posent des questions sur les données', 'plusieurs clients testent déjà le service'],
    end: ['et prévoit d\'ouvrir un bureau à l\'étranger.', 'alors que la concurrence s\'intensifie.', 'sans donner plus de détails.', 'tandis que la demande en puces reste forte.', 'et compte publier ses travaux.', 'sans calendrier précis.'],
  },
  de: {
    open: ['Seit einigen Monaten', 'Nach Angaben aus Branchenkreisen', 'Auf einer Konferenz in Berlin', 'Für viele Entwickler', 'Trotz der schwächeren Märkte', 'In einer Mitteilung vom Dienstag'],
    middle: ['stellt das Unternehmen weitere Forscher ein', 'sprachen die Gründer über kleinere Modelle', 'warnten Analysten vor hohen Rechenkosten', 'arbeitet das Team mit Kliniken und Banken', 'stellen Behörden Fragen zu den Trainingsdaten', 'testen erste Kunden das Produkt'],
    end: ['und plant ein Büro im Ausland.', ', während der Wettbewerb wächst.', '; Details wurden nicht genannt.', ', da die Nachfrage nach Chips hoch bleibt.', 'und will mehr Forschung veröffentlichen.', ', ohne einen Zeitplan zu nennen.'],
  },
  es: {
    open: ['Durante el último año,', 'Según fuentes cercanas a la operación,', 'En un comunicado publicado el martes,', 'Para muchos investigadores,', 'Pese a la prudencia del mercado,', 'En una conferencia en Madrid,'],
    middle: ['la empresa ha contratado a nuevos ingenieros', 'los directivos hablaron de modelos más pequeños', 'los analistas advierten del coste de la computación', 'el equipo colabora con hospitales y bancos', 'los reguladores preguntan por los datos de entrenamiento', 'varios clientes ya prueban el servicio'],
    end: ['y prevé abrir una oficina en el extranjero.', 'mientras crece la competencia.', 'aunque no se dieron más detalles.', 'porque la demanda de chips sigue alta.', 'y publicará nuevas investigaciones.', 'sin fijar un calendario.'],
  },
  zh: {
    open: ['过去一年里，', '据知情人士透露，', '在周二发布的声明中，', '对许多工程师来说，', '尽管市场降温，', '在北京举行的一场会议上，'],
    middle: ['该公司持续招聘研究人员', '管理层表示将转向更小的模型', '分析师提醒算力成本不断上升', '团队专注于医疗和金融场景', '监管机构对训练数据提出了新问题', '多家客户已开始试用该产品'],
    end: ['，并计划在海外设立办公室。', '，而竞争仍在加剧。', '，但未披露更多细节。', '，因为芯片需求依然旺盛。', '，并将发布更多研究成果。', '，但没有给出时间表。'],
  },
  ja: {
    open: ['この一年で、', '関係者によると、', '火曜日の発表で、', '多くの技術者にとって、', '市場が冷え込む中でも、', '東京で開かれた会議で、'],
    middle: ['同社は研究者の採用を続けている', '経営陣はより小さなモデルへの移行を語った', 'アナリストは計算資源のコスト上昇を指摘した', 'チームは医療と金融向けの機能に注力している', '規制当局は学習データについて質問した', '複数の顧客が製品の試験導入を始めた'],
    end: ['。海外拠点の開設も計画している。', '。競争は激しさを増している。', '。詳細は明らかにしていない。', '。半導体の需要は依然として高い。', '。今後も研究成果を公開する方針だ。', '。時期については言及しなかった。'],
  },
  ar: {
    open: ['خلال العام الماضي،', 'وفقاً لمصادر مطلعة،', 'في بيان صدر يوم الثلاثاء،', 'بالنسبة لكثير من المهندسين،', 'رغم تباطؤ السوق،', 'خلال مؤتمر في دبي،'],
    middle: ['واصلت الشركة توظيف الباحثين', 'تحدث المسؤولون عن نماذج أصغر حجماً', 'حذّر المحللون من ارتفاع تكلفة الحوسبة', 'يركز الفريق على أدوات للمستشفيات والبنوك', 'طرحت الجهات التنظيمية أسئلة حول بيانات التدريب', 'بدأ عدد من العملاء تجربة المنتج'],
    end: ['وتخطط لافتتاح مكتب في الخارج.', 'بينما تشتد المنافسة.', 'دون الكشف عن مزيد من التفاصيل.', 'مع استمرار الطلب على الرقائق.', 'وتعتزم نشر المزيد من الأبحاث.', 'دون تحديد جدول زمني.'],
  },
};

/** Headline shapes; {c} is the company. */
export const TITLES: Record<Lang, readonly string[]> = {
  en: ['{c} closes new funding as AI spending climbs', 'Investors back {c} in a crowded market', 'Inside the deal that values {c}'],
  fr: ['{c} lève des fonds pour accélérer', 'Les investisseurs misent sur {c}', 'Ce que révèle la levée de {c}'],
  de: ['{c} sammelt frisches Kapital ein', 'Investoren setzen auf {c}', 'Was hinter der Runde von {c} steckt'],
  es: ['{c} cierra una nueva ronda', 'Los inversores apuestan por {c}', 'Las claves de la ronda de {c}'],
  zh: ['{c}完成新一轮融资', '投资人押注{c}', '{c}估值背后的交易'],
  ja: ['{c}が新たな資金調達', '投資家が{c}に注目', '{c}の評価額の内幕'],
  ar: ['{c} تجمع تمويلاً جديداً', 'المستثمرون يراهنون على {c}', 'ما وراء صفقة {c}'],
};

/**
 * Funding sentences; {c} company, {i} investor, {m} money, {v} a second amount
 * (valuation), {p} a percentage, {r} a round name.
 */
export const FUNDING: Record<Lang, readonly string[]> = {
  en: ['{c} raised {m} in a {r} led by {i}.', '{i} invested {m} in {c}, valuing it at {v}.', 'The {r} values {c} at {v}, up {p} from last year.', '{c} said revenue grew {p} to {m}.', '{c} secured {m} in debt financing from {i}.', '{i} agreed to acquire {c} for {m}.'],
  fr: ['{c} a levé {m} lors d\'une {r} menée par {i}.', '{i} a investi {m} dans {c}, valorisée {v}.', 'La {r} valorise {c} à {v}, soit une hausse de {p}.', 'Le chiffre d\'affaires de {c} a progressé de {p} à {m}.', '{c} obtient {m} de dette auprès de {i}.'],
  de: ['{c} hat in einer {r} unter Führung von {i} {m} eingesammelt.', '{i} investiert {m} in {c}, die Bewertung liegt bei {v}.', 'Die {r} bewertet {c} mit {v}, ein Plus von {p}.', 'Der Umsatz von {c} stieg um {p} auf {m}.', '{i} übernimmt {c} für {m}.'],
  es: ['{c} ha captado {m} en una {r} liderada por {i}.', '{i} invirtió {m} en {c}, que queda valorada en {v}.', 'La {r} valora {c} en {v}, un {p} más que el año pasado.', 'Los ingresos de {c} crecieron un {p} hasta {m}.', '{i} comprará {c} por {m}.'],
  zh: ['{c}完成{m}{r}融资，由{i}领投。', '{i}向{c}投资{m}，投后估值达{v}。', '本轮融资后{c}估值为{v}，较去年上涨{p}。', '{c}营收增长{p}，达到{m}。', '{i}宣布以{m}收购{c}。'],
  ja: ['{c}は{r}で{m}を調達した。リード投資家は{i}。', '{i}は{c}に{m}を出資し、評価額は{v}となった。', '{c}の評価額は{v}で、前年比{p}増えた。', '{c}の売上高は{p}増の{m}だった。', '{i}は{c}を{m}で買収すると発表した。'],
  ar: ['جمعت {c} {m} في {r} قادتها {i}.', 'استثمرت {i} {m} في {c}، ما يرفع قيمتها إلى {v}.', 'تقدّر {r} قيمة {c} بنحو {v}، بزيادة {p} عن العام الماضي.', 'ارتفعت إيرادات {c} بنسبة {p} لتصل إلى {m}.', 'وافقت {i} على الاستحواذ على {c} مقابل {m}.'],
};
