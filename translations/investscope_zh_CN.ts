<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddProjectDialog</name>
    <message>
        <source>Add Project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>8亿, 4400万美元 or a number of yuan</source>
        <translation>8亿、4400万美元 或以元计的数字</translation>
    </message>
    <message>
        <source>Reported in:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>企业(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Investment:</source>
        <translation>投资额(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Amounts in %1 converted to yuan at %2</source>
        <translation>以 %1 计的金额按 %2 折算为人民币</translation>
    </message>
    <message>
        <source>Total investment by %1</source>
        <translation>按%1统计的投资总额</translation>
    </message>
    <message>
        <source>Projects by %1</source>
        <translation>按%1统计的项目数</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Projects by investment size</source>
        <translation>按投资规模统计的项目数</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>投资总额</translation>
    </message>
    <message>
        <source>Projects by industry chain</source>
        <translation>按产业链统计的项目数</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Total investment (亿元)</source>
        <translation>投资总额（亿元）</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>项目数量</translation>
    </message>
    <message numerus="yes">
        <source>† with values an analyst corrected (%n project(s))</source>
        <translation>
            <numerusform>† 含分析员校正的数值（%n 个项目）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Roll projects up to this level</source>
        <translation>按此行政级别汇总项目</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>项目数量</translation>
    </message>
    <message>
        <source>Total investment (亿元)</source>
        <translation>投资总额（亿元）</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>前 </translation>
    </message>
    <message>
        <source>Regions shown; the rest are summed in “Other”</source>
        <translation>显示的地区数；其余合计为“其他”</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>By size</source>
        <translation>按投资规模</translation>
    </message>
    <message>
        <source>By industry</source>
        <translation>按产业链</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n project(s)</source>
        <translation>
            <numerusform>%1
%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>将图表导出为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>Save the chart on show as a PNG image, with its title, legend and caption</source>
        <translation>将当前图表（含标题、图例和说明）保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Save the chart on show as an SVG drawing</source>
        <translation>将当前图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Copy the chart on show to the clipboard as an image</source>
        <translation>将当前图表作为图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message numerus="yes">
        <source>%n corrected by you</source>
        <translation>
            <numerusform>其中 %n 个由你校正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;investscope-cli --help&apos;.
</source>
        <translation>请运行 &apos;investscope-cli --help&apos; 查看用法。
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>investscope-cli: the output could not be written
</source>
        <translation>investscope-cli：无法写出结果
</translation>
    </message>
    <message>
        <source>Print the entities, projects and aggregates found in the articles.</source>
        <translation>输出文章中识别出的实体、项目和汇总数据。</translation>
    </message>
    <message>
        <source>Output format: json (default) or csv.</source>
        <translation>输出格式：json（默认）或 csv。</translation>
    </message>
    <message>
        <source>With --format csv: the table to print: projects (default), entities, aggregates or documents.</source>
        <translation>与 --format csv 一起使用：要输出的表：projects（默认）、entities、aggregates 或 documents。</translation>
    </message>
    <message>
        <source>With --format csv: start with a UTF-8 byte-order mark (for Excel).</source>
        <translation>与 --format csv 一起使用：以 UTF-8 字节顺序标记开头（便于 Excel 打开）。</translation>
    </message>
    <message>
        <source>Files or folders to read; the sample corpus when none.</source>
        <translation>要读取的文件或文件夹；省略时读取示例语料。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (json or csv)</source>
        <translation>未知格式 &apos;%1&apos;（json 或 csv）</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (projects, entities, aggregates or documents)</source>
        <translation>未知的表 &apos;%1&apos;（projects、entities、aggregates 或 documents）</translation>
    </message>
    <message>
        <source>investscope-cli: no article could be read
</source>
        <translation>investscope-cli：没有可读取的文章
</translation>
    </message>
    <message>
        <source>Print the cleaned text of one article.</source>
        <translation>输出一篇文章清洗后的文本。</translation>
    </message>
    <message>
        <source>Number the paragraphs and show their kind (title, byline, heading, caption, page) and which ones repeat an earlier one.</source>
        <translation>为段落编号，标出类型（标题、署名、小标题、图片说明、版面信息）以及哪些段落重复了前文。</translation>
    </message>
    <message>
        <source>Print the cleaned text, title, byline and paragraphs as JSON.</source>
        <translation>以 JSON 输出清洗后的文本、标题、署名和段落。</translation>
    </message>
    <message>
        <source>The article to clean.</source>
        <translation>要清洗的文章。</translation>
    </message>
    <message>
        <source>clean takes exactly one FILE</source>
        <translation>clean 只接受一个文件</translation>
    </message>
    <message>
        <source>title: %1
byline: %2
paragraphs: %3, repeated: %4%5
</source>
        <translation>标题：%1
署名：%2
段落：%3，重复：%4%5
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Print statistics per article and for the whole corpus.</source>
        <translation>输出每篇文章及整个语料的统计。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text or json)</source>
        <translation>未知格式 &apos;%1&apos;（text 或 json）</translation>
    </message>
    <message>
        <source>file	encoding	characters	cleaned	paragraphs	repeated	entities	projects	title
</source>
        <translation>文件	编码	字符数	清洗后	段落	重复	实体	项目	标题
</translation>
    </message>
    <message>
        <source>total: %1 documents (%2 could not be read), %3 characters (%4 after cleaning), %5 paragraphs (%6 repeated), %7 entities, %8 projects, %9 aggregates
</source>
        <translation>合计：%1 篇文章（%2 个无法读取），%3 个字符（清洗后 %4），%5 个段落（%6 个重复），%7 个实体，%8 个项目，%9 条汇总
</translation>
    </message>
    <message>
        <source>Score extraction against gold files (format: tests/gold/README.md): precision, recall and F1 per entity type, for projects and aggregates, and per-field accuracy on matched projects.</source>
        <translation>按人工标注文件（格式见 tests/gold/README.md）评估抽取结果：各实体类型、项目和汇总数据的精确率、召回率和 F1，以及匹配项目的字段准确率。</translation>
    </message>
    <message>
        <source>Folder of gold JSON files, one per article.</source>
        <translation>人工标注 JSON 文件所在的文件夹，每篇文章一个文件。</translation>
    </message>
    <message>
        <source>List every miss and mismatch.</source>
        <translation>列出每一处遗漏和不符。</translation>
    </message>
    <message>
        <source>eval needs --gold DIR</source>
        <translation>eval 需要 --gold 文件夹</translation>
    </message>
    <message>
        <source>investscope-cli: no article has a gold file in %1
</source>
        <translation>investscope-cli：%1 中没有与文章对应的标注文件
</translation>
    </message>
    <message>
        <source>Only projects in this province.</source>
        <translation>只看该省的项目。</translation>
    </message>
    <message>
        <source>Only projects in this city.</source>
        <translation>只看该市的项目。</translation>
    </message>
    <message>
        <source>Only projects in this county or district.</source>
        <translation>只看该县（区）的项目。</translation>
    </message>
    <message>
        <source>Only projects in this development zone or park.</source>
        <translation>只看该开发区或园区的项目。</translation>
    </message>
    <message>
        <source>Only projects of this industry code (ICT, SEMI, EQUIP, AUTO, …).</source>
        <translation>只看该产业代码（ICT、SEMI、EQUIP、AUTO 等）的项目。</translation>
    </message>
    <message>
        <source>Only projects with this status (signed, started, operating, landed, negotiating, planned).</source>
        <translation>只看该状态（signed、started、operating、landed、negotiating、planned）的项目。</translation>
    </message>
    <message>
        <source>Only projects of this size class: 0 &lt;1亿, 1 1–10亿, 2 10–50亿, 3 50–100亿, 4 ≥100亿, 5 unknown.</source>
        <translation>只看该规模档的项目：0 为 1亿以下，1 为 1–10亿，2 为 10–50亿，3 为 50–100亿，4 为 100亿及以上，5 为未知。</translation>
    </message>
    <message>
        <source>Only projects of this company.</source>
        <translation>只看该企业的项目。</translation>
    </message>
    <message>
        <source>Only projects reported in articles containing this text.</source>
        <translation>只看报道文章中含有该文本的项目。</translation>
    </message>
    <message>
        <source>Exchange-rate table to convert other currencies to yuan (default: the shipped table).</source>
        <translation>将其他货币折算为人民币的汇率表（默认：随程序提供的汇率表）。</translation>
    </message>
    <message>
        <source>--size takes a number from 0 to %1</source>
        <translation>--size 取 0 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>Draw a chart of the projects (by region, size or industry) to a PNG or SVG file, with its title, axes, legend and a caption saying what it counts.</source>
        <translation>将项目图表（按地区、规模或产业）绘制为 PNG 或 SVG 文件，包含标题、坐标轴、图例和说明统计范围的题注。</translation>
    </message>
    <message>
        <source>region, size or industry.</source>
        <translation>region（地区）、size（规模）或 industry（产业）。</translation>
    </message>
    <message>
        <source>The file to write (.png or .svg).</source>
        <translation>要写入的文件（.png 或 .svg）。</translation>
    </message>
    <message>
        <source>Width in pixels (default 900).</source>
        <translation>宽度，单位像素（默认 900）。</translation>
    </message>
    <message>
        <source>Height in pixels (default 560).</source>
        <translation>高度，单位像素（默认 560）。</translation>
    </message>
    <message>
        <source>Device pixel ratio of a PNG (default 2, for sharp text).</source>
        <translation>PNG 的设备像素比（默认 2，文字更清晰）。</translation>
    </message>
    <message>
        <source>Region chart: province, city (default), county or zone.</source>
        <translation>地区图表：province、city（默认）、county 或 zone。</translation>
    </message>
    <message>
        <source>Region chart: count (default) or amount.</source>
        <translation>地区图表：count（项目数，默认）或 amount（投资额）。</translation>
    </message>
    <message>
        <source>Region chart: regions shown before &quot;other&quot; (default 10).</source>
        <translation>地区图表：归入“其他”之前显示的地区数（默认 10）。</translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos; (region, size or industry)</source>
        <translation>未知图表类型“%1”（region、size 或 industry）</translation>
    </message>
    <message>
        <source>chart needs --out FILE</source>
        <translation>chart 需要 --out FILE</translation>
    </message>
    <message>
        <source>the output must be a .png or .svg file</source>
        <translation>输出必须是 .png 或 .svg 文件</translation>
    </message>
    <message>
        <source>--width, --height, --scale and --top take positive numbers</source>
        <translation>--width、--height、--scale 和 --top 须为正数</translation>
    </message>
    <message>
        <source>unknown level &apos;%1&apos; (province, city, county or zone)</source>
        <translation>未知级别“%1”（province、city、county 或 zone）</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (count or amount)</source>
        <translation>未知指标“%1”（count 或 amount）</translation>
    </message>
    <message>
        <source>Write the summary report of the projects as a PDF: headline numbers, the three charts, top projects, summaries by city and industry, the source articles.</source>
        <translation>将项目汇总报告写为 PDF：主要数字、三张图表、重点项目、按城市和产业的汇总以及来源文章。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4（默认）或 Letter。</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>报告标题。</translation>
    </message>
    <message>
        <source>report needs --pdf FILE</source>
        <translation>report 需要 --pdf FILE</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (A4 or Letter)</source>
        <translation>未知纸张“%1”（A4 或 Letter）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)
</source>
        <translation>
            <numerusform>%1：%n 页
</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the projects or the entities of the articles to a CSV file (UTF-8 with a byte-order mark, for Excel) or a JSON file, or the whole database to a .sqlite file the sqlite3 shell opens. The format follows the file&apos;s extension.</source>
        <translation>将文章中的项目或实体写入 CSV 文件（带字节顺序标记的 UTF-8，便于 Excel 打开）或 JSON 文件，或将整个数据库写入 sqlite3 可打开的 .sqlite 文件。格式由文件扩展名决定。</translation>
    </message>
    <message>
        <source>The file to write (.csv, .json or .sqlite).</source>
        <translation>要写入的文件（.csv、.json 或 .sqlite）。</translation>
    </message>
    <message>
        <source>For CSV and JSON: projects (default) or entities.</source>
        <translation>用于 CSV 和 JSON：projects（项目，默认）或 entities（实体）。</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export 需要 --out FILE</translation>
    </message>
    <message>
        <source>the output must be a .csv, .json or .sqlite file</source>
        <translation>输出必须是 .csv、.json 或 .sqlite 文件</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (projects or entities)</source>
        <translation>未知表“%1”（projects 或 entities）</translation>
    </message>
    <message>
        <source>a .sqlite file holds the whole database: filters do not apply</source>
        <translation>.sqlite 文件保存整个数据库：不能使用筛选条件</translation>
    </message>
    <message>
        <source>Tell for every project which rule found it and where each field came from, and why each rejected name was refused (text; with --format json, as fields).</source>
        <translation>说明每个项目由哪条规则找到、每个字段取自何处，以及每个被舍弃的名称为何被舍弃（文本；与 --format json 同用时作为字段）。</translation>
    </message>
    <message>
        <source>Score the projects as an analyst corrected them (a review sidecar file).</source>
        <translation>按分析员校正后的项目评分（审核附属文件）。</translation>
    </message>
    <message>
        <source>An analyst&apos;s corrections (the window&apos;s review sidecar, NAME.investscope-review.json) to apply to the projects before they are counted.</source>
        <translation>统计项目前应用分析员的校正（窗口的审核附属文件 NAME.investscope-review.json）。</translation>
    </message>
    <message>
        <source>%1: orphaned correction of “%2” in %3: the project is no longer found
</source>
        <translation>%1：%3 中“%2”的校正已失去对应：找不到该项目
</translation>
    </message>
    <message>
        <source>Usage: investscope-cli COMMAND [OPTIONS] [PATH...]

Reads Chinese articles about investment promotion (.txt in UTF-8, UTF-16 or GB18030; .pdf when
built with poppler) from files and folders (recursively). Without a PATH, the embedded sample
corpus is read.

Commands:
  extract   print what was found in the articles (JSON or CSV)
  clean     print the cleaned text of one article
  stats     print per-article and corpus statistics
  eval      score extraction against gold files
  chart     draw a chart of the projects to a PNG or SVG file
  report    write the summary report as a PDF file
  export    write the projects or entities as CSV or JSON, or the database as .sqlite
  variants  list companies, places and projects that look like one written several ways

Run &apos;investscope-cli COMMAND --help&apos; for a command&apos;s options.

Exit codes: 0 success; 1 some inputs could not be read (reported on stderr), the rest were
processed; 2 usage error; 3 nothing could be read or the output could not be written.
</source>
        <translation>用法：investscope-cli 命令 [选项] [路径...]

从文件和文件夹（递归）读取招商引资中文文章（.txt：UTF-8、UTF-16 或 GB18030；使用 poppler 构建时
也可读取 .pdf）。省略路径时读取内置的示例语料。

命令：
  extract   输出文章中识别出的内容（JSON 或 CSV）
  clean     输出一篇文章清洗后的文本
  stats     输出每篇文章及整个语料的统计
  eval      按人工标注文件评估抽取结果
  chart     将项目图表绘制为 PNG 或 SVG 文件
  report    将汇总报告写为 PDF 文件
  export    将项目或实体写为 CSV 或 JSON，或将数据库保存为 .sqlite
  variants  列出看似同一、却有多种写法的企业、地点和项目

运行 &apos;investscope-cli 命令 --help&apos; 查看该命令的选项。

退出码：0 成功；1 部分输入无法读取（已在标准错误中报告），其余已处理；2 用法错误；
3 没有可读取的输入，或无法写出结果。
</translation>
    </message>
    <message>
        <source>missing command (extract, clean, stats, eval, chart, report, export or variants)</source>
        <translation>缺少命令（extract、clean、stats、eval、chart、report、export 或 variants）</translation>
    </message>
    <message>
        <source>%1: orphaned correction of the entity “%2” in %3: its text is no longer found
</source>
        <translation>%1：%3 中实体“%2”的校正已失去对应：找不到其文字
</translation>
    </message>
    <message>
        <source>List what the window&apos;s Find Variants suggests: companies written as their legal name and short forms, places written two ways, projects reported by several articles. One suggestion a line, tab-separated: kind, the name to keep, every name with its number of projects (for projects, the article), why.</source>
        <translation>列出窗口中“查找异写”给出的建议：以法定名称和简称书写的企业、有两种写法的地点、被多篇文章报道的项目。每行一条建议，以制表符分隔：类别、保留的名称、每个名称及其项目数（项目则为文章）、理由。</translation>
    </message>
</context>
<context>
    <name>CorpusLoader</name>
    <message>
        <source>could not be stored: %1</source>
        <translation>无法存入数据库：%1</translation>
    </message>
    <message>
        <source>orphaned correction of “%1” in %2: the project is no longer found</source>
        <translation>%2 中“%1”的校正已失去对应：找不到该项目</translation>
    </message>
    <message>
        <source>orphaned correction of the entity “%1” in %2: its text is no longer found</source>
        <translation>%2 中实体“%1”的校正已失去对应：找不到其文字</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>搜索索引</translation>
    </message>
    <message>
        <source>could not be built: %1</source>
        <translation>无法建立：%1</translation>
    </message>
</context>
<context>
    <name>CorrectionSet</name>
    <message>
        <source>“%1” is not a field that can be corrected</source>
        <translation>“%1”不是可校正的字段</translation>
    </message>
    <message>
        <source>the amount “%1” is not a number of yuan (or of the currency&apos;s units)</source>
        <translation>金额“%1”不是以元（或该币种单位）计的数字</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as CNY or USD</source>
        <translation>“%1”不是 CNY、USD 这样的币种代码</translation>
    </message>
    <message>
        <source>the qualifier is “over”, “about” or empty, not “%1”</source>
        <translation>限定词应为“over”“about”或留空，而不是“%1”</translation>
    </message>
    <message>
        <source>“%1” is not an industry code of the taxonomy</source>
        <translation>“%1”不是产业分类中的代码</translation>
    </message>
    <message>
        <source>“%1” is not a status (signed, started, operating, landed, negotiating, planned)</source>
        <translation>“%1”不是项目状态（signed、started、operating、landed、negotiating、planned）</translation>
    </message>
    <message>
        <source>not an InvestScope corrections file</source>
        <translation>不是招商透镜的校正文件</translation>
    </message>
    <message>
        <source>correction %1 names no article (its SHA-256) or no project</source>
        <translation>第 %1 条校正未指明文章（其 SHA-256）或项目</translation>
    </message>
    <message>
        <source>correction %1: %2</source>
        <translation>第 %1 条校正：%2</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1：不是 JSON（第 %3 字节处%2）</translation>
    </message>
    <message>
        <source>corrections format version %1, this program reads versions up to %2</source>
        <translation>校正文件格式版本为 %1，本程序最高读取版本 %2</translation>
    </message>
    <message>
        <source>entity correction %1 names no article, no entity or an unknown type</source>
        <translation>第 %1 条实体校正缺少文章或实体，或类型未知</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Original text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Show the text as it is in the file, before cleaning</source>
        <translation>显示文件中的原始文本（清洗前）</translation>
    </message>
    <message>
        <source>Show or hide the highlights of this kind</source>
        <translation>显示或隐藏此类标注</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Find in Article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by “%1”</source>
        <translation>按“%1”筛选</translation>
    </message>
    <message numerus="yes">
        <source>The layout printed this paragraph %n time(s); it is shown and counted once. “Original text” shows every copy.</source>
        <translation>
            <numerusform>版面将此段落印了 %n 次；此处只显示并计数一次。“原文”中可见每一份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Project from Selection…</source>
        <translation>以所选文字添加项目…</translation>
    </message>
    <message>
        <source>&amp;Mark Selection As</source>
        <translation>将所选文字标为(&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;Type of “%1”</source>
        <translation>更改“%1”的类型(&amp;T)</translation>
    </message>
    <message>
        <source>Set “%1” to the Selection</source>
        <translation>将“%1”的范围设为所选文字</translation>
    </message>
    <message>
        <source>&amp;Remove Entity “%1”</source>
        <translation>删除实体“%1”(&amp;R)</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>指代</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>ExchangeRatesDialog</name>
    <message>
        <source>Exchange Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Yuan per unit</source>
        <translation>每单位合人民币（元）</translation>
    </message>
    <message>
        <source>Investment reported in other currencies is converted to yuan (CNY) with these rates; every converted figure is marked as such in the tables, charts and reports.</source>
        <translation>以其他货币报道的投资额按以下汇率折算为人民币；所有折算所得的数字在表格、图表和报告中都会标明。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a table of rates from a text file: a line &quot;date&lt;TAB&gt;2025-06-30&quot;, then one line &quot;USD&lt;TAB&gt;7.17&quot; per currency</source>
        <translation>从文本文件读入汇率表：一行“date&lt;TAB&gt;2025-06-30”，然后每种货币一行，如“USD&lt;TAB&gt;7.17”</translation>
    </message>
    <message>
        <source>Shipped &amp;Rates</source>
        <translation>默认汇率(&amp;R)</translation>
    </message>
    <message>
        <source>Go back to the table that ships with InvestScope</source>
        <translation>恢复为招商透镜自带的汇率表</translation>
    </message>
    <message>
        <source>Rates as of:</source>
        <translation>汇率日期：</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a currency code (three letters such as USD, other than CNY).</source>
        <translation>第 %1 行：“%2”不是货币代码（应为 USD 这样的三个字母，且不能是 CNY）。</translation>
    </message>
    <message>
        <source>Row %1: the rate of %2 must be a positive number of yuan.</source>
        <translation>第 %1 行：%2 的汇率必须是正数（单位：元）。</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>第 %1 行：%2 重复出现。</translation>
    </message>
    <message>
        <source>Import Exchange Rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>Rate tables (*.tsv *.txt);;All files (*)</source>
        <translation>汇率表 (*.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles and text…</source>
        <translation>搜索标题和正文…</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Show the whole corpus again</source>
        <translation>重新显示全部语料</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>产业：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>规模：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>移除此条件</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Image Size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Device pixels per logical pixel: 2× keeps text sharp on high-density screens and slides</source>
        <translation>每个逻辑像素对应的设备像素数：2× 可使文字在高分屏和幻灯片上保持清晰</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>The PNG file will be %1 × %2 pixels.</source>
        <translation>PNG 文件将为 %1 × %2 像素。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Signed</source>
        <translation>已签约</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开工</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>已投产</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>已落户</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>洽谈中</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>&lt; 1亿</source>
        <translation>1亿以下</translation>
    </message>
    <message>
        <source>1–10亿</source>
        <translation>1–10亿</translation>
    </message>
    <message>
        <source>10–50亿</source>
        <translation>10–50亿</translation>
    </message>
    <message>
        <source>50–100亿</source>
        <translation>50–100亿</translation>
    </message>
    <message>
        <source>≥ 100亿</source>
        <translation>100亿及以上</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>产能</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Output value</source>
        <translation>产值</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税收</translation>
    </message>
    <message>
        <source>Foreign investment</source>
        <translation>外资</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>over </source>
        <translation>超</translation>
    </message>
    <message>
        <source>about </source>
        <translation>约</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>产业：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>规模：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>企业：%1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>of which %1 converted from %2</source>
        <translation>其中 %1 由%2折算</translation>
    </message>
    <message>
        <source>%1: (unknown)</source>
        <translation>%1：（未知）</translation>
    </message>
    <message>
        <source>%1: other than %2</source>
        <translation>%1：%2以外</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InvestScope</source>
        <translation>招商透镜</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>停止加载</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Corpus</source>
        <translation>打开示例语料(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;Database As…</source>
        <translation>数据库另存为(&amp;D)…</translation>
    </message>
    <message>
        <source>Open Data&amp;base…</source>
        <translation>打开数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>Show &amp;Original Text</source>
        <translation>显示原文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About InvestScope</source>
        <translation>关于招商透镜(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The corpus could not be cleared: %1</source>
        <translation>无法清空语料：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>已取消加载</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n 个文件无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>文章 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <source>Save Database</source>
        <translation>保存数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About InvestScope</source>
        <translation>关于招商透镜</translation>
    </message>
    <message>
        <source>InvestScope %1

An explorer for Chinese news about investment promotion (招商引资).</source>
        <translation>招商透镜 %1

招商引资新闻浏览与分析工具。</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Projects</source>
        <translation>复制所选项目(&amp;C)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>Export &amp;Projects…</source>
        <translation>导出项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the projects that match the filter as CSV (for Excel) or JSON</source>
        <translation>将符合筛选条件的项目保存为 CSV（用于 Excel）或 JSON</translation>
    </message>
    <message>
        <source>Export &amp;Entities…</source>
        <translation>导出实体(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the entities of the articles that match the filter as CSV (for Excel) or JSON</source>
        <translation>将符合筛选条件的文章中的实体保存为 CSV（用于 Excel）或 JSON</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>将报告导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xchange Rates…</source>
        <translation>汇率(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Projects</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <source>Export Entities</source>
        <translation>导出实体</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV，用于 Excel (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s))</source>
        <translation>
            <numerusform>已保存 %1（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>InvestScope report</source>
        <translation>招商透镜报告</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Your exchange rates could not be used (%1); the shipped rates apply.</source>
        <translation>无法使用您设置的汇率（%1）；已改用默认汇率。</translation>
    </message>
    <message>
        <source>total investment (in yuan, converted) %1</source>
        <translation>投资总额（人民币，含折算） %1</translation>
    </message>
    <message>
        <source>Already in the corpus: nothing was added</source>
        <translation>已在语料中：未添加任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n item(s) to the corpus (hold Shift while dropping to replace it)</source>
        <translation>
            <numerusform>正在将 %n 项加入语料（拖放时按住 Shift 则替换语料）</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter conditions this corpus has nothing for were removed: %1</source>
        <translation>已移除本语料中没有对应项目的筛选条件：%1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>抽取结果</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>Add Project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>its corrections cannot be read: %1</source>
        <translation>其校正无法读取：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n corrected by you</source>
        <translation>
            <numerusform>%n 个经您校正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excluded</source>
        <translation>
            <numerusform>%n 个已排除</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Entity</source>
        <translation>编辑实体</translation>
    </message>
    <message>
        <source>Find &amp;Variants…</source>
        <translation>查找异写(&amp;V)…</translation>
    </message>
    <message>
        <source>Companies, places and projects written several ways, to make one</source>
        <translation>找出有多种写法的企业、地点和项目，合而为一</translation>
    </message>
    <message>
        <source>Project Details</source>
        <translation>项目详情</translation>
    </message>
    <message>
        <source>Show Excluded Pro&amp;jects</source>
        <translation>显示已排除的项目(&amp;J)</translation>
    </message>
    <message>
        <source>Search finds every article meanwhile, more slowly.</source>
        <translation>在此期间搜索仍能找到所有文章，只是较慢。</translation>
    </message>
    <message>
        <source>Indexing for search… %1%</source>
        <translation>正在建立搜索索引… %1%</translation>
    </message>
    <message>
        <source>Search index ready</source>
        <translation>搜索索引已就绪</translation>
    </message>
</context>
<context>
    <name>MergeProjectsDialog</name>
    <message>
        <source>Merge Projects</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ProjectDetails</name>
    <message>
        <source>Select a project to see it here beside the text it was reported in.</source>
        <translation>选择一个项目，即可在此处连同报道原文查看它。</translation>
    </message>
    <message>
        <source>&amp;Confirmed: checked and right</source>
        <translation>已确认：核对无误(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xcluded from the figures</source>
        <translation>排除出统计(&amp;X)</translation>
    </message>
    <message>
        <source>Open in Article</source>
        <translation>在文章中打开</translation>
    </message>
    <message>
        <source>8亿, 4400万美元 or a number of yuan</source>
        <translation>8亿、4400万美元 或以元计的数字</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more report(s))</source>
        <translation>
            <numerusform>%1（另有 %n 篇报道）</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrected; as extracted: %1</source>
        <translation>已校正；原抽取值：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>E&amp;xcluded: merged into “%1”</source>
        <translation>已排除：并入“%1”(&amp;X)</translation>
    </message>
    <message>
        <source>Added by you.</source>
        <translation>由你添加。</translation>
    </message>
    <message>
        <source>Correct Project</source>
        <translation>校正项目</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>%1 (as written: %2)</source>
        <translation>%1（原文：%2）</translation>
    </message>
    <message>
        <source>%1
reported %2 times</source>
        <translation>%1
被报道 %2 次</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Converted to %1 at %2</source>
        <translation>按 %2 折算为 %1</translation>
    </message>
    <message>
        <source>Not converted to yuan: no exchange rate for %1</source>
        <translation>未折算为人民币：没有 %1 的汇率</translation>
    </message>
    <message>
        <source>How it was found:</source>
        <translation>识别依据：</translation>
    </message>
    <message>
        <source>Investment (yuan)</source>
        <translation>投资额（元）</translation>
    </message>
    <message>
        <source>Industry code</source>
        <translation>产业代码</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>Excluded from tables, charts and totals</source>
        <translation>已从表格、图表和合计中排除</translation>
    </message>
    <message>
        <source>Corrected; as extracted: %1</source>
        <translation>已校正；原抽取值：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Merged into “%1”: left out of tables, charts and totals</source>
        <translation>已并入“%1”：不计入表格、图表和合计</translation>
    </message>
</context>
<context>
    <name>ProjectTableView</name>
    <message>
        <source>Open in Article</source>
        <translation>在文章中打开</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>复制为 TSV</translation>
    </message>
    <message>
        <source>E&amp;xclude from Figures</source>
        <translation>从统计中排除(&amp;X)</translation>
    </message>
    <message>
        <source>Leave the selected projects out of tables, charts and totals (again to include them)</source>
        <translation>将所选项目排除出表格、图表和合计（再次执行则恢复）</translation>
    </message>
    <message numerus="yes">
        <source>Exclude %n project(s)</source>
        <translation>
            <numerusform>排除 %n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include %n project(s)</source>
        <translation>
            <numerusform>恢复 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Field</source>
        <translation>编辑字段</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>合并项目(&amp;M)…</translation>
    </message>
    <message>
        <source>Make the selected reports of one project one, choosing each field&apos;s value</source>
        <translation>将同一项目的多条报道合并为一条，并为每个字段选择取值</translation>
    </message>
    <message>
        <source>Merge Projects</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <source>S&amp;plit Project…</source>
        <translation>拆分项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Make the selected project two, reported in the same text</source>
        <translation>将所选项目拆为两个，出自同一段文字</translation>
    </message>
    <message>
        <source>Split Project</source>
        <translation>拆分项目</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>报告选项</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Investment projects report</source>
        <translation>招商引资项目报告</translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 · corpus of %n article(s)</source>
        <translation>
            <numerusform>生成于 %1 · 语料共 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Headline numbers</source>
        <translation>主要数字</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total investment (in yuan, converted)</source>
        <translation>投资总额（人民币，含折算）</translation>
    </message>
    <message>
        <source>Total stated in %1</source>
        <translation>以 %1 计的合计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>* Exchange rates used: %1</source>
        <translation>* 所用汇率：%1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Top projects by investment</source>
        <translation>投资额最大的项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资额</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>产业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>* converted to yuan at %1</source>
        <translation>* 按 %1 折算为人民币</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>按城市</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>Total investment</source>
        <translation>投资总额</translation>
    </message>
    <message>
        <source>By industry chain</source>
        <translation>按产业链</translation>
    </message>
    <message>
        <source>Source articles</source>
        <translation>来源文章</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Converted into yuan</source>
        <translation>折算部分</translation>
    </message>
    <message>
        <source>Projects with no amount stated</source>
        <translation>未说明金额的项目</translation>
    </message>
    <message>
        <source>Amount not stated</source>
        <translation>未说明金额</translation>
    </message>
    <message>
        <source>Excluded from the figures</source>
        <translation>已排除出统计</translation>
    </message>
    <message>
        <source>Analyst corrections</source>
        <translation>分析员校正</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>As extracted</source>
        <translation>原抽取值</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>校正后</translation>
    </message>
    <message>
        <source>Merged into “%1”</source>
        <translation>已并入“%1”</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>Correct %1</source>
        <translation>校正 %1</translation>
    </message>
    <message>
        <source>“%1” is not an amount (type 8亿, 4400万美元 or a number of yuan)</source>
        <translation>“%1”不是金额（请输入 8亿、4400万美元 或以元计的数字）</translation>
    </message>
    <message>
        <source>Exclude project</source>
        <translation>排除项目</translation>
    </message>
    <message>
        <source>Include project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <source>Confirm project</source>
        <translation>确认项目</translation>
    </message>
    <message>
        <source>Unconfirm project</source>
        <translation>取消确认项目</translation>
    </message>
    <message>
        <source>The corrections could not be saved: %1</source>
        <translation>无法保存校正：%1</translation>
    </message>
    <message>
        <source>Add project %1</source>
        <translation>添加项目 %1</translation>
    </message>
    <message>
        <source>a project needs a name and the text it is reported in</source>
        <translation>项目需要名称和报道它的文字</translation>
    </message>
    <message>
        <source>merging needs two projects or more</source>
        <translation>合并需要两个或更多项目</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n project(s)</source>
        <translation>
            <numerusform>合并 %n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>并入 %1</translation>
    </message>
    <message>
        <source>the project is no longer in the corpus</source>
        <translation>该项目已不在语料中</translation>
    </message>
    <message>
        <source>Split project %1</source>
        <translation>拆分项目 %1</translation>
    </message>
    <message>
        <source>Use company %1</source>
        <translation>统一为企业 %1</translation>
    </message>
    <message>
        <source>Use place %1</source>
        <translation>统一为地点 %1</translation>
    </message>
    <message>
        <source>Not the same: %1</source>
        <translation>并非同一：%1</translation>
    </message>
    <message>
        <source>the article is no longer in the corpus</source>
        <translation>该文章已不在语料中</translation>
    </message>
    <message>
        <source>the selection holds no text to mark</source>
        <translation>所选范围没有可标注的文字</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>将“%1”标为%2</translation>
    </message>
    <message>
        <source>Remove entity “%1”</source>
        <translation>删除实体“%1”</translation>
    </message>
    <message>
        <source>Set entity “%1” to “%2”</source>
        <translation>将实体“%1”改为“%2”</translation>
    </message>
    <message>
        <source>Make “%1” %2</source>
        <translation>将“%1”改为%2</translation>
    </message>
    <message>
        <source>the entity correction of “%1” in %2 no longer finds its entity</source>
        <translation>%2 中“%1”的实体校正找不到对应实体</translation>
    </message>
    <message>
        <source>the correction of project “%1” in %2 no longer finds its project</source>
        <translation>%2 中项目“%1”的校正找不到对应项目</translation>
    </message>
</context>
<context>
    <name>SplitProjectDialog</name>
    <message>
        <source>Split Project</source>
        <translation>拆分项目</translation>
    </message>
    <message>
        <source>Reported in:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>本项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>8亿, 4400万美元 or a number of yuan</source>
        <translation>8亿、4400万美元 或以元计的数字</translation>
    </message>
    <message>
        <source>both projects need a name</source>
        <translation>两个项目都需要名称</translation>
    </message>
    <message>
        <source>the two projects need different names</source>
        <translation>两个项目需要不同的名称</translation>
    </message>
</context>
<context>
    <name>VariantFinder</name>
    <message>
        <source>the same company: its legal name and short forms</source>
        <translation>同一企业：其法定名称与简称</translation>
    </message>
    <message>
        <source>the same place, written two ways</source>
        <translation>同一地点的两种写法</translation>
    </message>
    <message>
        <source>one project reported by several articles</source>
        <translation>被多篇文章报道的同一项目</translation>
    </message>
</context>
<context>
    <name>VariantsDialog</name>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Same project</source>
        <translation>同一项目</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Find Variants</source>
        <translation>查找异写</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Make the other names the one to keep (one step: Undo takes it back)</source>
        <translation>把其他名称统一为保留的名称（一步操作，可撤销）</translation>
    </message>
    <message>
        <source>They are not one: keep them apart and do not suggest them again</source>
        <translation>并非同一：保持分开，且不再建议</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>No variants: every company, place and project is written one way.</source>
        <translation>没有异写：每个企业、地点和项目都只有一种写法。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Accept makes the names one (the others become the one to keep); Reject keeps them apart and does not suggest them again.</source>
        <translation>
            <numerusform>共 %n 条建议。“接受”把名称合而为一（其他名称统一为保留的名称）；“拒绝”保持分开，且不再建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a suggestion: its kind, the name to keep</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explorer for Chinese news about investment promotion.</source>
        <translation>招商引资新闻浏览与分析工具。</translation>
    </message>
    <message>
        <source>Article files or folders to open; the sample corpus when none.</source>
        <translation>要打开的文章文件或文件夹；省略时打开示例语料。</translation>
    </message>
    <message>
        <source>InvestScope</source>
        <translation>招商透镜</translation>
    </message>
    <message>
        <source>The corpus database could not be created: %1</source>
        <translation>无法创建语料数据库：%1</translation>
    </message>
    <message>
        <source>Say on standard error each time the window does not answer for more than 50 ms, and the longest at the end (a diagnostic).</source>
        <translation>窗口每次超过 50 毫秒未响应时在标准错误输出中说明，结束时报告最长的一次（诊断用）。</translation>
    </message>
    <message>
        <source>investscope: the window did not answer for %1 ms</source>
        <translation>investscope：窗口 %1 毫秒未响应</translation>
    </message>
    <message>
        <source>investscope: the window&apos;s longest stall was %1 ms; %2 over %3 ms</source>
        <translation>investscope：窗口最长未响应 %1 毫秒；超过 %3 毫秒的共 %2 次</translation>
    </message>
</context>
</TS>
