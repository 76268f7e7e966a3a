#!/usr/bin/env python3
"""Writes the body-extraction fixtures beside this script: for each page structure that real sites use and each
script (Latin, Cyrillic, CJK), X.html and X.expected.txt (the body Parley should store: paragraphs, subheadings,
list items and block quotes separated by blank lines, no headline, no furniture).

All sentences were written for Parley about public facts of the 2022-2025 Russia-Ukraine talks; outlets are
fictional, on reserved domains. Run it after editing; the output is deterministic.

    python3 ingest/src/test/pages/make_pages.py
"""
import html
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

LANGS = {
    "en": dict(
        outlet="Harbourline Post", host="harbourline.example.com",
        title="Second Istanbul round ends with memoranda and a new exchange",
        paras=[
            "Russian and Ukrainian delegations met for a second round of direct talks at the Ciragan Palace in "
            "Istanbul on 2 June 2025, two weeks after their first meeting in more than three years.",
            "The session lasted a little over an hour. Turkish Foreign Minister Hakan Fidan chaired it, and "
            "officials from the United States and Turkey were present in the building.",
            "Ukraine's delegation was again led by Defence Minister Rustem Umerov, who handed over a document "
            "setting out Kyiv's proposals for a ceasefire. The Russian side, headed by presidential aide Vladimir "
            "Medinsky, gave its own memorandum with conditions that Kyiv had rejected before.",
            "Both sides agreed to exchange all severely wounded prisoners and all prisoners aged between 18 and 25. "
            "Medinsky said Russia would also hand over the bodies of six thousand fallen Ukrainian soldiers.",
            "No date was set for a third meeting, and the two delegations left the palace without a joint statement.",
        ],
        sub="What the memoranda contain",
        intro="Officials on both sides said the two documents differ on three points:",
        items=["the order in which a ceasefire and a political settlement would come",
               "the status of the territories that Russia claims",
               "guarantees against a renewed attack once the fighting stops"],
        quote="Umerov told reporters after the meeting that Ukraine remained ready for an unconditional ceasefire "
              "of at least thirty days.",
        caption="Delegations take their seats at the Ciragan Palace in Istanbul",
        credit="HARBOURLINE POST/Jane Roe",
        crumbs=["Home", "World", "Europe", "Russia-Ukraine talks"],
        teasers=[
            ("First grain ship leaves Odesa under the Black Sea deal",
             "The Razoni sailed for Lebanon with maize on board, the first departure under the UN-backed "
             "arrangement signed in Istanbul in July 2022."),
            ("Kyiv and Moscow complete a 1,000-for-1,000 prisoner exchange",
             "The swap agreed at the first Istanbul meeting was carried out over three days at the end of May 2025, "
             "with buses crossing the Belarusian border."),
            ("Lavrov and Kuleba meet in Antalya without a breakthrough",
             "The foreign ministers' talks in March 2022, hosted by Mevlut Cavusoglu, ended without agreement on a "
             "ceasefire or on corridors from Mariupol."),
            ("Emirates mediation brings a large prisoner exchange",
             "Mediation by the United Arab Emirates returned 230 Ukrainians and 248 Russians home at the start of "
             "2024, the largest exchange of the war until then."),
            ("Zelensky decree rules out talks with Putin",
             "In October 2022 the Ukrainian president formalised his refusal to negotiate with the Russian leader "
             "after Moscow annexed four regions."),
        ],
        date="2 June 2025, 19:40", comments="14 comments", section="World", author="Harbourline staff",
        read_more="Read more:", related="Related coverage", comments_head="Leave a comment",
        nav=["World", "Politics", "Business", "Opinion", "Sport"], most_read="Most read",
        lang="en",
    ),
    "ru": dict(
        outlet="Вестник Приречья", host="vestnik-prirechya.example.org",
        title="В Стамбуле прошёл новый раунд переговоров России и Украины",
        paras=[
            "Делегации России и Украины встретились 29 марта 2022 года во дворце Долмабахче в Стамбуле. "
            "Встречу открыл президент Турции Реджеп Тайип Эрдоган, призвавший стороны к скорому прекращению огня.",
            "Российскую делегацию возглавлял помощник президента Владимир Мединский, украинскую группу вёл "
            "руководитель парламентской фракции Давид Арахамия.",
            "Украинская сторона передала предложения, по которым страна могла бы стать нейтральной в обмен на "
            "международные гарантии безопасности от группы государств.",
            "После переговоров заместитель министра обороны России Александр Фомин объявил, что Москва резко "
            "сократит военную активность на киевском и черниговском направлениях.",
            "Стороны договорились продолжить работу над текстом возможного договора, однако встреча президентов "
            "так и не состоялась.",
        ],
        sub="Что предложил Киев",
        intro="По словам участников, украинские предложения включали три пункта:",
        items=["отказ от вступления в военные союзы и от размещения иностранных баз",
               "гарантии безопасности от нескольких государств",
               "отдельные консультации о статусе Крыма в течение пятнадцати лет"],
        quote="Мединский сказал журналистам, что российская сторона внимательно изучит предложения и доложит о них "
              "президенту.",
        caption="Участники переговоров в зале дворца Долмабахче в Стамбуле",
        credit="Фото: Пресс-служба Вестника/Иван Петров",
        crumbs=["Главная", "Мир", "Европа", "Переговоры"],
        teasers=[
            ("Лавров и Кулеба встретились в Анталье",
             "Встреча министров иностранных дел 10 марта 2022 года завершилась без договорённости о прекращении "
             "огня и о гуманитарных коридорах из Мариуполя."),
            ("В Стамбуле подписана зерновая сделка",
             "В июле 2022 года стороны подписали с Турцией и ООН соглашения о вывозе зерна из трёх украинских "
             "черноморских портов."),
            ("Первый раунд прошёл в Белоруссии",
             "Делегации встретились 28 февраля 2022 года в Гомельской области и договорились продолжить переговоры "
             "в ближайшие дни."),
            ("Обмен пленными при посредничестве ОАЭ",
             "В начале 2024 года стороны обменялись почти пятьюстами пленными, это был крупнейший обмен с начала "
             "войны."),
            ("Второй раунд в Беловежской пуще",
             "В марте 2022 года делегации договорились о гуманитарных коридорах для эвакуации мирных жителей."),
        ],
        date="29 марта 2022, 18:05", comments="8 комментариев", section="Политика", author="Редакция",
        read_more="Читайте также:", related="Материалы по теме", comments_head="Оставить комментарий",
        nav=["Мир", "Политика", "Экономика", "Общество", "Спорт"], most_read="Самое читаемое",
        lang="ru",
    ),
    "zh": dict(
        outlet="东港新闻", host="donggang-news.example.net",
        title="俄乌代表团在伊斯坦布尔举行三年来首次直接谈判",
        paras=[
            "2025年5月16日，俄罗斯和乌克兰代表团在伊斯坦布尔的多尔玛巴赫切宫举行了三年多来的首次直接谈判。"
            "土耳其外长哈坎·菲丹主持了会议。",
            "俄方代表团由总统助理弗拉基米尔·梅金斯基率领，乌方代表团由国防部长鲁斯捷姆·乌梅罗夫率领。"
            "会谈持续了不到两个小时。",
            "双方同意各自释放一千名战俘，这是冲突开始以来规模最大的一次交换。双方还同意各自提出停火条件的书面方案。",
            "乌方此前呼吁至少三十天的无条件停火，但此次会谈没有就停火达成协议。",
            "谈判结束后，双方均表示愿意继续接触，但没有宣布下一轮会谈的日期。",
        ],
        sub="会谈的主要成果",
        intro="据双方官员介绍，会谈取得了以下结果：",
        items=["交换一千名战俘", "各自起草列明停火条件的文件", "讨论今后可能举行的领导人会晤"],
        quote="乌梅罗夫在会后对记者表示，乌方已经提出举行领导人会晤的建议。",
        caption="两国代表团在多尔玛巴赫切宫就座",
        credit="（东港新闻记者李明摄）",
        crumbs=["首页", "国际", "欧洲", "俄乌谈判"],
        teasers=[
            ("黑海粮食协议在伊斯坦布尔签署",
             "2022年7月，俄乌双方分别与土耳其和联合国签署协议，恢复乌克兰三个黑海港口的粮食出口。"),
            ("俄乌完成千人换俘",
             "伊斯坦布尔会谈商定的换俘行动于2025年5月下旬分三天完成，被俘人员经白俄罗斯边境返回。"),
            ("拉夫罗夫与库列巴在安塔利亚会晤",
             "2022年3月的外长会谈由土耳其外长主持，未能就停火和人道主义走廊达成一致。"),
            ("阿联酋斡旋大规模换俘",
             "2024年初，双方在阿联酋斡旋下交换了近五百名被俘人员，是当时规模最大的一次。"),
            ("泽连斯基签署法令排除与普京谈判",
             "2022年10月，乌克兰总统签署法令，正式确认不与俄罗斯总统进行谈判。"),
        ],
        date="2025-05-16 20:15", comments="评论 12", section="国际", author="本网编辑",
        read_more="延伸阅读：", related="相关报道", comments_head="发表评论",
        nav=["国际", "国内", "财经", "评论", "体育"], most_read="热门文章",
        lang="zh-CN",
    ),
}

JA = dict(
    outlet="湾岸新報", host="wangan-shimpo.example.com",
    title="イスタンブールで2回目の直接交渉",
    paras=[
        "ロシアとウクライナの代表団は2025年6月2日、イスタンブールのチュラーン宮殿で2回目の直接交渉を行った。"
        "会合は1時間余りで終わった。",
        "双方は停戦条件をまとめた覚書を交換し、重傷の捕虜と18歳から25歳までの捕虜をすべて交換することで合意した。",
        "ロシア側はまた、戦死したウクライナ兵6000人の遺体を引き渡すと表明した。次回の日程は決まらなかった。",
    ],
    nav=["国際", "政治", "経済", "社会", "スポーツ"], lang="ja", date="2025年6月2日 21:10",
)

e = html.escape


def head(L):
    return (f'<!DOCTYPE html>\n<html lang="{L["lang"]}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{e(L["title"])} | {e(L["outlet"])}</title>\n'
            f'<meta property="og:site_name" content="{e(L["outlet"])}">\n'
            f'<meta property="og:title" content="{e(L["title"])}">\n</head>\n<body>\n')


def masthead(L):
    items = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(L["nav"]))
    return (f'<header class="site-header"><a class="logo" href="/">{e(L["outlet"])}</a>\n'
            f'<nav class="primary"><ul>{items}</ul></nav></header>\n')


def footer(L):
    return (f'<footer><p><a href="/about">{e(L["nav"][0])}</a> | <a href="/contact">{e(L["nav"][1])}</a></p>'
            f'<p>© 2025 {e(L["outlet"])}</p></footer>\n</body>\n</html>\n')


def comments(L):
    return (f'<div id="comments"><h3>{e(L["comments_head"])}</h3><form><textarea name="c"></textarea>'
            f'<input type="submit" value="OK"></form></div>\n')


def paras(ps):
    return "\n".join(f"<p>{e(p)}</p>" for p in ps)


def teaser_list(L, cls, heading, images=True):
    out = [f'<section class="{cls}">']
    if heading:
        out.append(f"<h3>{e(heading)}</h3>")
    for i, (h, s) in enumerate(L["teasers"]):
        img = f'<a href="/story/{i}"><img src="/img/{i}.jpg" alt=""></a>' if images else ""
        out.append(f'<div class="card">{img}'
                   f'<h4><a href="/story/{i}">{e(h)}</a></h4><p>{e(s)}</p></div>')
    out.append("</section>")
    return "\n".join(out)


def body(ps):
    return "\n\n".join(ps) + "\n"


def hidden_story(L):
    """Markup that readability scoring passes over: paragraphs as list items or as definition-list entries (live
    pages and some site builders write them so)."""
    ps = L["paras"]
    if L["lang"] == "ru":
        return '<dl class="story">' + "".join(f"<dd>{e(p)}</dd>" for p in ps) + "</dl>"
    return '<ul class="story">' + "".join(f"<li>{e(p)}</li>" for p in ps) + "</ul>"


def page_hidden(L):
    # Beside a long teaser column, which the scorer then takes for the article.
    return (head(L) + masthead(L) + f'<div class="headline"><h1>{e(L["title"])}</h1></div>\n'
            '<div class="layout">\n' + hidden_story(L) + '\n<div class="column">'
            + teaser_list(L, "rail", L["most_read"], images=False) + '</div>\n</div>\n' + footer(L)), body(L["paras"])


def page_short(L):
    ps = L["paras"][:2]
    return (head(L) + masthead(L) + f'<main><article><h1>{e(L["title"])}</h1>\n' + paras(ps)
            + '\n</article></main>\n' + comments(L) + footer(L)), body(ps)


def page_breadcrumb(L):
    c = L["crumbs"]
    trail = " <span>›</span> ".join(f'<a href="/{i}">{e(n)}</a>' for i, n in enumerate(c[:-1]))
    trail += f' <span>›</span> <span class="here">{e(c[-1])}</span>'
    ps = L["paras"][:3]
    return (head(L) + masthead(L) + f'<div class="main"><article><h1>{e(L["title"])}</h1>\n'
            f'<div class="text"><p class="trail">{trail}</p>\n' + paras(ps) + '</div>\n</article></div>\n'
            + footer(L)), body(ps)


def page_caption(L):
    ps = L["paras"]
    fig = (f'<div class="media"><img src="/img/talks.jpg" alt=""></div>\n<p class="cap">{e(L["caption"])}'
           f'<span class="src">{e(L["credit"])}</span></p>')
    return (head(L) + masthead(L) + f'<article><h1>{e(L["title"])}</h1>\n' + paras(ps[:2]) + "\n" + fig + "\n"
            + paras(ps[2:]) + '\n</article>\n' + footer(L)), body(ps)


def page_related(L):
    ps = L["paras"][:3]
    inline = f'<p><strong>{e(L["read_more"])}</strong> <a href="/story/9">{e(L["teasers"][0][0])}</a></p>'
    return (head(L) + masthead(L) + f'<article><h1>{e(L["title"])}</h1>\n<div class="text">' + paras(ps[:2])
            + "\n" + inline + "\n" + paras(ps[2:]) + "</div>\n" + teaser_list(L, "more", L["related"])
            + '\n</article>\n' + footer(L)), body(ps)


def page_meta(L):
    ps = L["paras"][:3]
    meta = (f'<div class="post-info"><time datetime="2025-01-01">{e(L["date"])}</time> '
            f'<a href="#comments">{e(L["comments"])}</a> <a href="/s">{e(L["section"])}</a> '
            f'<span class="author">{e(L["author"])}</span></div>')
    return (head(L) + masthead(L) + f'<article><h1>{e(L["title"])}</h1>\n{meta}\n' + paras(ps)
            + '\n</article>\n' + comments(L) + footer(L)), body(ps)


def page_listing(L):
    # A section front: teasers only, each with a date line; there is no article to keep.
    cards = []
    for i, (h, s) in enumerate(L["teasers"]):
        cards.append(f'<div class="item"><h2><a href="/story/{i}">{e(h)}</a></h2>'
                     f'<div class="when">{e(L["date"])}</div><p>{e(s)}</p>'
                     f'<a class="more" href="/story/{i}">»</a></div>')
    return (head(L) + masthead(L) + f'<main><h1>{e(L["section"])}</h1>\n' + "\n".join(cards) + '\n</main>\n'
            + footer(L)), ""


def page_rich(L):
    ps = L["paras"]
    items = "".join(f"<li>{e(i)}</li>" for i in L["items"])
    content = (paras(ps[:2]) + f'\n<h2>{e(L["sub"])}</h2>\n<p>{e(L["intro"])}</p>\n<ul>{items}</ul>\n'
               f'<blockquote><p>{e(L["quote"])}</p></blockquote>\n' + paras(ps[2:]))
    expected = ps[:2] + [L["sub"], L["intro"]] + L["items"] + [L["quote"]] + ps[2:]
    return (head(L) + masthead(L) + f'<article><h1>{e(L["title"])}</h1>\n<div class="content">{content}</div>'
            '\n</article>\n' + footer(L)), body(expected)


def page_deep(L, depth=5000):
    # Generated markup nested far deeper than any real layout: the article is inside the innermost div.
    ps = L["paras"][:3]
    return (head(L) + masthead(L) + "<div>" * depth + f'<article><h1>{e(L["title"])}</h1>\n' + paras(ps)
            + "</article>" + "</div>" * depth + "\n" + footer(L)), body(ps)


STRUCTURES = {"hidden": page_hidden, "short": page_short, "breadcrumb": page_breadcrumb, "caption": page_caption,
              "related": page_related, "meta": page_meta, "listing": page_listing, "rich": page_rich,
              "deep": page_deep}


def main():
    for code, L in LANGS.items():
        for name, make in STRUCTURES.items():
            page, expected = make(L)
            (HERE / f"{code}-{name}.html").write_text(page, encoding="utf-8")
            (HERE / f"{code}-{name}.expected.txt").write_text(expected, encoding="utf-8")
    J = JA
    page = (head(dict(J, lang="ja")) + masthead(J) + f'<main><article><h1>{e(J["title"])}</h1>\n'
            f'<div class="date">{e(J["date"])}</div>\n' + paras(J["paras"]) + '\n</article></main>\n'
            f'<footer><p>© 2025 {e(J["outlet"])}</p></footer>\n</body>\n</html>\n')
    (HERE / "ja-short.html").write_text(page, encoding="utf-8")
    (HERE / "ja-short.expected.txt").write_text(body(J["paras"]), encoding="utf-8")


if __name__ == "__main__":
    main()
