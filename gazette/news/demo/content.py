"""Original, fictional demo content for the Gazette news site.

Everything here was written for this project: the country of Westmarch, its
neighbours, politicians, companies, clubs and people are invented. The data is
plain Python so that it can be validated without a database and loaded by a
management command.

Article bodies are lists of ``(block_type, value)`` tuples matching the block
names of ``gazette.news.blocks.ArticleBodyBlock``: ``paragraph`` (HTML),
``subheading`` (plain text), ``quote`` ({"text", "attribution"}) and
``fact_box`` ({"title", "text"}).
"""

# ruff: noqa: E501

SECTIONS = [
    {
        "slug": "world",
        "title": "World",
        "description": "Diplomacy, conflict, disasters and elections from beyond Westmarch's borders, from our correspondents and partner agencies.",
    },
    {
        "slug": "politics",
        "title": "Politics",
        "description": "Government, parliament and the parties: coverage of the Chamber, elections and the decisions that shape public life in Westmarch.",
    },
    {
        "slug": "defence",
        "title": "Defence",
        "description": "The armed forces, alliances, procurement and security, reported by our defence and security correspondents.",
    },
    {
        "slug": "business",
        "title": "Business",
        "description": "Markets, companies, jobs and the economy, with analysis of the figures that matter to households and firms.",
    },
    {
        "slug": "science",
        "title": "Science",
        "description": "Space, climate, medicine and the discoveries coming out of laboratories and observatories at home and abroad.",
    },
    {
        "slug": "sport",
        "title": "Sport",
        "description": "Football, athletics, cycling, tennis and more: results, reports and the stories behind them.",
    },
    {
        "slug": "opinion",
        "title": "Opinion",
        "description": "Columns and commentary from Gazette writers. The views expressed are the authors' own.",
    },
]

AUTHORS = [
    {
        "slug": "amelia-hart",
        "name": "Amelia Hart",
        "role": "Diplomatic Correspondent",
        "bio": "Amelia Hart has covered foreign affairs for the Gazette since 2017 and has reported from more than 40 countries. She was previously the paper's correspondent in Halvik.",
    },
    {
        "slug": "daniel-okoro",
        "name": "Daniel Okoro",
        "role": "Political Editor",
        "bio": "Daniel Okoro leads the Gazette's coverage of government and the Chamber. He has reported on four general elections and more budgets than he cares to count.",
    },
    {
        "slug": "rhys-callaghan",
        "name": "Rhys Callaghan",
        "role": "Defence and Security Correspondent",
        "bio": "Rhys Callaghan writes about the armed forces, defence industry and national security. He spent six years as a naval reservist before joining the Gazette.",
    },
    {
        "slug": "sofia-lindqvist",
        "name": "Sofia Lindqvist",
        "role": "Business Editor",
        "bio": "Sofia Lindqvist edits the Gazette's business pages and writes about markets, energy and corporate governance. She trained as an economist at the University of Caldport.",
    },
    {
        "slug": "priya-raman",
        "name": "Dr Priya Raman",
        "role": "Science Editor",
        "bio": "Priya Raman covers space, climate and medicine. She holds a doctorate in atmospheric physics and worked as a researcher before turning to journalism.",
    },
    {
        "slug": "tom-everett",
        "name": "Tom Everett",
        "role": "Chief Sports Writer",
        "bio": "Tom Everett has reported on football, athletics and cycling for two decades. He has covered five Olympic Games and still rides to work.",
    },
    {
        "slug": "margaret-quinlan",
        "name": "Margaret Quinlan",
        "role": "Senior Columnist",
        "bio": "Margaret Quinlan writes a twice-weekly column on politics, public life and the places in between. She was the Gazette's political editor from 2009 to 2016.",
    },
    {
        "slug": "idris-bell",
        "name": "Idris Bell",
        "role": "Columnist and Associate Editor",
        "bio": "Idris Bell writes about the economy, industry and the regions. He grew up in Marlow Bay, where his grandfather worked in the shipyards.",
    },
]

TOPICS = [
    {
        "slug": "diplomacy",
        "name": "Diplomacy",
        "description": "Negotiations, treaties and relations between governments, including the dispute over the Tamsen river.",
    },
    {
        "slug": "elections",
        "name": "Elections",
        "description": "General elections, by-elections and votes abroad, with polling, results and analysis.",
    },
    {
        "slug": "parliament",
        "name": "Parliament",
        "description": "The work of the Chamber and its committees, legislation and ministerial statements.",
    },
    {
        "slug": "armed-forces",
        "name": "Armed forces",
        "description": "The army, navy and air force: procurement, exercises, recruitment and the people who serve.",
    },
    {
        "slug": "economy",
        "name": "Economy",
        "description": "Inflation, interest rates, public finances, trade and the health of the Westmarch economy.",
    },
    {
        "slug": "energy",
        "name": "Energy",
        "description": "Power generation, fuel prices, grids and the shift to renewable sources.",
    },
    {
        "slug": "climate",
        "name": "Climate",
        "description": "Climate science, extreme weather, drought and the policies meant to respond to them.",
    },
    {
        "slug": "space",
        "name": "Space",
        "description": "Launches, satellites, astronomy and the work of the Westmarch Space Agency.",
    },
    {
        "slug": "health",
        "name": "Health",
        "description": "Medical research, hospitals, public health and the national health service.",
    },
    {
        "slug": "technology",
        "name": "Technology",
        "description": "Software, artificial intelligence, cyber security and the companies building them.",
    },
    {
        "slug": "football",
        "name": "Football",
        "description": "The Premier Division, the women's game, cup competitions and international football.",
    },
    {
        "slug": "olympic-sports",
        "name": "Olympic sports",
        "description": "Athletics, cycling, tennis, swimming and the other disciplines of the Olympic programme.",
    },
]

ARTICLES = [
    # ------------------------------------------------------------------ world
    {
        "slug": "tamsen-provisional-accord-geneva",
        "section": "world",
        "headline": "Westmarch and Vellmark reach provisional accord on Tamsen river after Geneva talks",
        "standfirst": "Negotiators agreed guaranteed summer flows and a joint monitoring commission after six days of talks, easing a dispute that had threatened farms and shipping downstream.",
        "dateline": "Geneva",
        "authors": ["amelia-hart"],
        "topics": ["diplomacy", "climate"],
        "hours_ago": 0,
        "is_breaking": True,
        "image": {
            "title": "Tamsen river valley below the Vellmark highlands",
            "caption": "The Tamsen river, which rises in the Vellmark highlands and reaches the sea at Marlow Bay, fell to its lowest spring level in three decades this year.",
            "agency": "Northlight Press",
            "photographer": "Marta Ilves",
            "year": 2026,
            "alt": "Illustration: layered mountain ridges with snow-capped peaks, fading into a hazy sky.",
            "scene": "mountains",
        },
        "body": [
            (
                "paragraph",
                "<p>Westmarch and Vellmark have agreed a provisional accord on sharing the waters of the Tamsen river, officials from both governments said in the early hours of the morning, after four days of talks in Geneva that at times appeared close to collapse.</p>",
            ),
            (
                "paragraph",
                "<p>The draft text, which must still be approved by both cabinets and is expected to be put before Westmarch's Chamber, guarantees a minimum flow through the Hollin Gorge dam during the summer months and creates a joint commission with powers to publish river data in real time. Vellmark suspended its data-sharing arrangement with Westmarch last week, citing the need to review what it called technical protocols.</p>",
            ),
            (
                "quote",
                {
                    "text": "This is not everything either side wanted, and that is usually the sign of an agreement that can last.",
                    "attribution": "Elsa Moberg, former UN envoy and chair of the talks",
                },
            ),
            ("subheading", "Summer flows guaranteed"),
            (
                "paragraph",
                "<p>Under the provisional terms, Vellmark will release no less than 140 cubic metres of water per second between June and September, rising to 180 cubic metres in years when the meteorological services of both countries jointly declare a drought. Westmarch had sought 200; Vellmark's opening position was 110.</p>",
            ),
            (
                "paragraph",
                "<p>In return, Westmarch will contribute to the cost of modernising the dam's turbines and has agreed not to oppose a planned second reservoir upstream, provided an environmental assessment is published before construction begins. Farmers' groups in the lower Tamsen valley, where irrigation accounts for about a third of water use, gave the news a cautious welcome.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "The Tamsen dispute at a glance",
                    "text": "<ul><li>The Tamsen runs 612 km from the Vellmark highlands to the sea at Marlow Bay.</li><li>The Hollin Gorge dam, completed in 1984, controls about 70% of its flow.</li><li>River levels at Ashby Vale fell to a 30-year spring low in April.</li><li>A 1991 treaty on the river expired without renewal in 2021.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Foreign Minister Lena Halvorsen, who flew to Geneva to join the final round, is expected to brief the Chamber's foreign affairs committee early next week. The opposition National Renewal party has demanded a full vote on any agreement before it is ratified.</p>",
            ),
            (
                "paragraph",
                "<p>Vellmark's foreign minister, Kasimir Brenn, told reporters outside the conference centre that the accord <i>removes a source of friction that neither country can afford</i>, but declined to say when his government would resume sharing daily river measurements. Diplomats said the exchange was likely to restart within a fortnight.</p>",
            ),
        ],
    },
    {
        "slug": "tamsen-talks-stall-flow-quotas",
        "section": "world",
        "headline": "Tamsen talks stall over summer flow quotas as negotiators work through the night",
        "standfirst": "Westmarch and Vellmark remain far apart on the single figure that matters most to farmers downstream, diplomats say, and the foreign minister is preparing to fly to Geneva.",
        "dateline": "Geneva",
        "authors": ["amelia-hart"],
        "topics": ["diplomacy", "climate"],
        "hours_ago": 30,
        "is_breaking": False,
        "image": {
            "title": "Geneva lakefront at dusk",
            "caption": "Lights burned late at the lakeside conference centre in Geneva, where delegations from Westmarch and Vellmark have been meeting for the past two days.",
            "agency": "Meridian Pictures",
            "photographer": "Luis Moreno-Park",
            "year": 2026,
            "alt": "Illustration: a city skyline at dusk, with rows of tower blocks and small lit windows against a glowing sky.",
            "scene": "skyline",
        },
        "body": [
            (
                "paragraph",
                "<p>Talks between Westmarch and Vellmark over the Tamsen river ran past midnight for a second consecutive night, with negotiators still divided over how much water the Hollin Gorge dam should be obliged to release during the summer.</p>",
            ),
            (
                "paragraph",
                "<p>Two diplomats familiar with the discussions said the sides had narrowed their differences on a joint monitoring commission and on data sharing, but remained roughly 60 cubic metres per second apart on the minimum summer flow. One described the mood in the room as <i>tired but not hostile</i>.</p>",
            ),
            ("subheading", "The number that matters"),
            (
                "paragraph",
                "<p>Westmarch's delegation, led by the senior foreign ministry official Jonas Adeyemi, has argued that anything less than 200 cubic metres per second would leave irrigation channels in the lower valley dry by August. Vellmark says such a guarantee would force it to run its reservoir dangerously low in a drought year and jeopardise hydroelectric output that supplies a fifth of its electricity.</p>",
            ),
            (
                "quote",
                {
                    "text": "Both sides have been honest about their red lines. The difficulty is that, on the central figure, those lines do not yet overlap.",
                    "attribution": "A Western diplomat briefed on the talks",
                },
            ),
            (
                "paragraph",
                "<p>The chair of the talks, the former UN envoy Elsa Moberg, has proposed a sliding scale linked to rainfall in the upper catchment, according to a summary seen by the Gazette. Under that approach the guaranteed flow would rise automatically when the meteorological services declare a drought, rather than being fixed for every year.</p>",
            ),
            (
                "paragraph",
                "<p>Officials in Caldport said Foreign Minister Lena Halvorsen had cleared her diary for the rest of the week and was ready to travel if the negotiators believed a political push could close the gap. Vellmark's foreign minister, Kasimir Brenn, is understood to have made a similar commitment.</p>",
            ),
            (
                "paragraph",
                "<p>In the lower Tamsen valley, where river levels remain well below the seasonal average, farmers have begun rationing water between fields. The Ashby Vale Growers' Association said that its members needed certainty <b>before</b> planting decisions were made next month, not after.</p>",
            ),
        ],
    },
    {
        "slug": "strait-of-orlen-shipping-resumes",
        "section": "world",
        "headline": "Shipping resumes through the Strait of Orlen after three-week mine clearance",
        "standfirst": "Naval divers from five countries removed more than 40 decades-old mines exposed by winter storms, reopening a channel that carries a tenth of the region's container traffic.",
        "dateline": "Port Vesca",
        "authors": ["amelia-hart", "rhys-callaghan"],
        "topics": ["economy", "armed-forces"],
        "hours_ago": 55,
        "is_breaking": False,
        "image": {
            "title": "Container ships waiting off Port Vesca",
            "caption": "Container ships that had been anchored off Port Vesca for up to three weeks began moving through the Strait of Orlen once the channel was declared clear.",
            "agency": "Harbourline Images",
            "photographer": "Kofi Marsh",
            "year": 2026,
            "alt": "Illustration: small boats on rippled water near a quay lined with tall cranes, with low hills on the horizon.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>Commercial shipping began moving through the Strait of Orlen again after a multinational team of naval divers completed the removal of dozens of sea mines that winter storms had dislodged from the seabed.</p>",
            ),
            (
                "paragraph",
                "<p>The first vessel to pass, a 14,000-container ship bound for Marlow Bay, cleared the narrowest stretch of the 30 km-wide channel shortly after dawn, escorted by a survey boat. Port authorities said more than 120 ships had been waiting at anchor on either side of the strait.</p>",
            ),
            ("subheading", "Relics of an old conflict"),
            (
                "paragraph",
                "<p>The mines were laid more than 50 years ago and had been buried in sediment until an unusually severe sequence of storms in February shifted sandbanks near the eastern approaches. A fishing crew reported the first one after it became tangled in their nets.</p>",
            ),
            (
                "quote",
                {
                    "text": "These devices are old, but old does not mean safe. Every one of them was treated as if it had been laid yesterday.",
                    "attribution": "Commander Lise Varga, who led the clearance task group",
                },
            ),
            (
                "paragraph",
                "<p>Divers from Westmarch, Lindmark, Sarrenia and two other countries located 43 mines, of which 38 were destroyed in controlled explosions and five were lifted for examination. No injuries were reported. The Westmarch Navy contributed a mine countermeasures vessel and a team of 22 clearance divers.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Why the strait matters",
                    "text": "<ul><li>About one in ten containers bound for ports on the Amber Sea passes through the Strait of Orlen.</li><li>The alternative route adds roughly four days to a typical voyage.</li><li>Freight rates on affected routes rose by about 18% during the closure.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Shipping analysts said it would take at least a fortnight for the backlog to clear, and warned that some retailers could face short delays to deliveries of furniture and electronics. Insurers are expected to review the additional premiums they imposed on vessels using the route once a final survey has been published.</p>",
            ),
        ],
    },
    {
        "slug": "tamsen-talks-open-geneva",
        "section": "world",
        "headline": "Tamsen river talks open in Geneva amid row over upstream dam",
        "standfirst": "Delegations from Westmarch and Vellmark sat down for the first formal negotiations on the river in five years, with both sides warning that a deal will not come quickly.",
        "dateline": "Geneva",
        "authors": ["amelia-hart"],
        "topics": ["diplomacy", "climate", "energy"],
        "hours_ago": 70,
        "is_breaking": False,
        "image": {
            "title": "The Hollin Gorge dam",
            "caption": "The Hollin Gorge dam in Vellmark, completed in 1984, regulates most of the water that flows down the Tamsen into Westmarch.",
            "agency": "Northlight Press",
            "photographer": "Marta Ilves",
            "year": 2025,
            "alt": "Illustration: jagged mountain ranges in receding layers, the highest peaks tipped with snow.",
            "scene": "mountains",
        },
        "body": [
            (
                "paragraph",
                "<p>Negotiators from Westmarch and Vellmark opened mediated talks on the future of the Tamsen river in Geneva, the first formal discussions between the two governments on the subject since a previous round broke down five years ago.</p>",
            ),
            (
                "paragraph",
                "<p>The talks are chaired by Elsa Moberg, a former UN envoy, and are expected to last up to a week. They follow Vellmark's decision earlier this month to suspend a long-standing arrangement under which it shared daily measurements of the river's flow with Westmarch's environment agency.</p>",
            ),
            (
                "paragraph",
                "<p>At the centre of the dispute is the Hollin Gorge dam, which Vellmark operates for hydroelectric power and which controls most of the water reaching the lower Tamsen valley. A dry winter has left the reservoir at about 55% of capacity, and Westmarch accuses its neighbour of holding back water to protect electricity output.</p>",
            ),
            (
                "quote",
                {
                    "text": "We have come to Geneva to find a solution, not to win an argument. But our farmers and our river towns need guarantees, not goodwill.",
                    "attribution": "Jonas Adeyemi, head of the Westmarch delegation",
                },
            ),
            (
                "paragraph",
                "<p>Vellmark's delegation rejected that characterisation. In a statement issued as the talks began, its foreign ministry said the dam had released more water than required under the expired 1991 treaty in eight of the past ten years, and that it was <i>prepared to discuss a fair framework for the decades ahead</i>.</p>",
            ),
            ("subheading", "A second reservoir"),
            (
                "paragraph",
                "<p>A further complication is Vellmark's plan for a second reservoir higher in the catchment. Westmarch has asked for an independent environmental assessment, while Vellmark argues that extra storage would allow it to release more water during dry summers, not less.</p>",
            ),
            (
                "paragraph",
                "<p>Diplomats on both sides played down expectations of a quick agreement. One Vellmark official said the aim for the first days was to agree the structure of a possible accord before turning to numbers. The foreign ministers of both countries are not scheduled to attend, but officials said that could change if the talks made progress.</p>",
            ),
        ],
    },
    {
        "slug": "sarrenia-election-centrist-alliance-majority",
        "section": "world",
        "headline": "Sarrenia's centrist alliance wins narrow majority in parliamentary election",
        "standfirst": "Dario Venn's Together for Sarrenia coalition secured just over half of the seats, ending months of uncertainty in Westmarch's southern neighbour.",
        "dateline": "Valmora",
        "authors": ["amelia-hart"],
        "topics": ["elections", "diplomacy"],
        "hours_ago": 100,
        "is_breaking": False,
        "image": {
            "title": "Sarrenia's parliament building in Valmora",
            "caption": "Supporters gathered outside the parliament building in Valmora on election night as results showed the centrist alliance edging past the threshold for a majority.",
            "agency": "Atlas Frame Agency",
            "photographer": "Ingrid Tamm",
            "year": 2026,
            "alt": "Illustration: a columned parliament building with a triangular pediment and a flag flying above it, trees on either side.",
            "scene": "parliament",
        },
        "body": [
            (
                "paragraph",
                "<p>The centrist Together for Sarrenia alliance has won a narrow majority in Sarrenia's parliamentary election, according to final results published by the electoral commission, giving its leader Dario Venn a mandate to form a government without the support of smaller parties.</p>",
            ),
            (
                "paragraph",
                "<p>The alliance won 152 of the 300 seats, with 41.8% of the national vote. The conservative Homeland Party, which led the outgoing caretaker government, finished second with 109 seats. Turnout was 71.4%, the highest in more than a decade.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sarrenians have asked us to govern from the centre and to govern for everyone. That is exactly what we will do.",
                    "attribution": "Dario Venn, speaking to supporters in Valmora",
                },
            ),
            (
                "paragraph",
                "<p>The election was called last autumn after the previous coalition collapsed in a dispute over pension reform. Mr Venn, a former mayor of Valmora, campaigned on a promise to stabilise public finances while protecting the state pension age, and to improve rail links with Westmarch and Lindmark.</p>",
            ),
            ("subheading", "What it means for Westmarch"),
            (
                "paragraph",
                "<p>In Caldport, the government welcomed the result. Prime Minister Helena Voss spoke to Mr Venn by telephone and invited him to make an early visit. Officials said cross-border trade and cooperation within the Northern Compact were likely to top the agenda.</p>",
            ),
            (
                "paragraph",
                "<p>Analysts said the narrow majority could still prove fragile. <i>Four seats is not much of a cushion across a full term</i>, said Nadia Kessler, a lecturer in comparative politics at the University of Caldport. She noted that the alliance brings together three parties with differing views on energy policy.</p>",
            ),
            (
                "paragraph",
                "<p>Mr Venn is expected to present his cabinet to parliament within two weeks. He has said his first priority will be a budget for the current year, which the caretaker government was unable to pass.</p>",
            ),
        ],
        "corrections": [
            {
                "kind": "correction",
                "hours_after_publication": 6,
                "text": "An earlier version of this article said the alliance had won 154 seats, based on provisional results. The final count gave it 152 of the 300 seats.",
            },
        ],
    },
    {
        "slug": "tamsen-foreign-ministers-agree-geneva-talks",
        "section": "world",
        "headline": "Foreign ministers agree to mediated Tamsen talks in Geneva",
        "standfirst": "Lena Halvorsen and her Vellmark counterpart Kasimir Brenn settled on talks chaired by a former UN envoy after an hour-long telephone call, as river levels continued to fall.",
        "dateline": "Caldport",
        "authors": ["amelia-hart", "daniel-okoro"],
        "topics": ["diplomacy", "climate"],
        "hours_ago": 140,
        "is_breaking": False,
        "image": {
            "title": "The foreign ministry in Caldport",
            "caption": "The foreign ministry in Caldport announced the talks in the evening after a telephone call between the two ministers.",
            "agency": "Gazette",
            "photographer": "Hannah Lowry",
            "year": 2026,
            "alt": "Illustration: a neoclassical government building with tall columns, wide steps and a flagpole on the roof.",
            "scene": "parliament",
        },
        "body": [
            (
                "paragraph",
                "<p>Westmarch and Vellmark will hold mediated talks on the Tamsen river in Geneva within days, the two governments announced, in an attempt to defuse a dispute that has escalated sharply over the past week.</p>",
            ),
            (
                "paragraph",
                "<p>The agreement followed an hour-long telephone call between Foreign Minister Lena Halvorsen and her Vellmark counterpart, Kasimir Brenn. A joint statement said the talks would be chaired by Elsa Moberg, a former UN envoy who has mediated water disputes in two other regions.</p>",
            ),
            (
                "quote",
                {
                    "text": "We have agreed to sit at the same table, with an experienced chair, and to stay there until we have something to show for it.",
                    "attribution": "Lena Halvorsen, Foreign Minister",
                },
            ),
            (
                "paragraph",
                "<p>Relations between the neighbours deteriorated after Vellmark suspended the daily exchange of river data earlier this week. Westmarch summoned Vellmark's ambassador, and several members of the Chamber called for the government to raise the issue at the Northern Compact.</p>",
            ),
            (
                "paragraph",
                "<p>Speaking to reporters after the call, Ms Halvorsen said she had asked for the data exchange to be restored as a goodwill gesture before the talks began. Vellmark's foreign ministry said that request would be <i>considered in the context of the negotiations</i>.</p>",
            ),
            (
                "paragraph",
                "<p>The opposition welcomed the talks but warned the government against making concessions. Tobias Marr, leader of National Renewal, said any agreement affecting the river should be approved by the Chamber. The Liberal Forum said the priority should be a permanent body to manage the river, rather than another short-term fix.</p>",
            ),
            (
                "paragraph",
                "<p>The environment agency said separately that the Tamsen at Ashby Vale was flowing at about 40% of its usual rate for the time of year. Forecasters expect little significant rain in the upper catchment for at least ten days.</p>",
            ),
        ],
    },
    {
        "slug": "cyclone-bettany-maravelle-aid-response",
        "section": "world",
        "headline": "Aid agencies scale up response after Cyclone Bettany strikes Maravelle",
        "standfirst": "At least 14 people have died and thousands are without shelter after the strongest storm in a generation made landfall near Port Celano.",
        "dateline": "Port Celano",
        "authors": ["amelia-hart", "priya-raman"],
        "topics": ["climate", "diplomacy"],
        "hours_ago": 160,
        "is_breaking": False,
        "image": {
            "title": "Coastline near Port Celano after the storm",
            "caption": "Fishing boats were thrown onto the quay at Port Celano when Cyclone Bettany made landfall before dawn.",
            "agency": "Harbourline Images",
            "photographer": "Rosalind Yip",
            "year": 2026,
            "alt": "Illustration: a harbour with small sailing boats on the water, cranes on a quay and a line of hills beyond.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>International aid agencies are scaling up operations in Maravelle after Cyclone Bettany swept across the island state, killing at least 14 people and damaging or destroying an estimated 6,000 homes.</p>",
            ),
            (
                "paragraph",
                "<p>The storm made landfall just east of the capital, Port Celano, with sustained winds of about 190 km/h. Power and mobile networks remain down across much of the eastern coast, and officials warned that the death toll could rise as rescue teams reach outlying villages.</p>",
            ),
            (
                "quote",
                {
                    "text": "The first 72 hours are about water, shelter and reaching people who are cut off. We are still in those 72 hours.",
                    "attribution": "Celia Moreau, regional coordinator for the Red Harbour relief network",
                },
            ),
            (
                "paragraph",
                "<p>Westmarch's foreign ministry said it would provide 5 million crowns in emergency funding and was sending a team of engineers to help restore water treatment at the main hospital. Lindmark and Sarrenia have also pledged support, and a naval supply ship from Lindmark is expected to arrive within days.</p>",
            ),
            ("subheading", "A warmer ocean"),
            (
                "paragraph",
                "<p>Meteorologists said Bettany intensified unusually quickly in the 24 hours before landfall, strengthening from a tropical storm to a severe cyclone as it crossed waters about 1.5C warmer than the long-term average for the season.</p>",
            ),
            (
                "paragraph",
                "<p>Dr Tomas Ebdon, a climate scientist at the University of Caldport, said rapid intensification of this kind was becoming more frequent. <i>The concern is not only stronger storms but less warning time</i>, he said. <i>Communities that had two days to prepare may now have one.</i></p>",
            ),
            (
                "fact_box",
                {
                    "title": "Maravelle in numbers",
                    "text": "<ul><li>Population: about 410,000, most living on the main island.</li><li>Capital: Port Celano.</li><li>Main industries: fishing, tourism and coconut products.</li><li>Last comparable storm: Cyclone Ilse in 1997.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Maravelle's government has declared a state of emergency for 30 days and appealed for tarpaulins, water purification tablets and generators. Schools in the affected districts will remain closed for at least a week.</p>",
            ),
        ],
    },
    {
        "slug": "vellmark-suspends-tamsen-river-data",
        "section": "world",
        "headline": "Vellmark suspends river data exchange as Tamsen falls to 30-year low",
        "standfirst": "The move ends a decades-old arrangement that lets Westmarch forecast water levels downstream, and prompts the foreign ministry to summon Vellmark's ambassador.",
        "dateline": "Ashby Vale",
        "authors": ["amelia-hart"],
        "topics": ["diplomacy", "climate"],
        "hours_ago": 190,
        "is_breaking": False,
        "image": {
            "title": "Irrigated farmland in the lower Tamsen valley",
            "caption": "Farmland near Ashby Vale depends on irrigation channels fed by the Tamsen, which is running at about 40% of its normal spring flow.",
            "agency": "Meridian Pictures",
            "photographer": "Sebastian Crane",
            "year": 2026,
            "alt": "Illustration: rolling farmland under a bright sun, with a few round trees on a ridge and furrowed fields in the foreground.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>Vellmark has suspended the daily exchange of data on the flow of the Tamsen river with Westmarch, officials in both countries confirmed, as the river fell to its lowest spring level in three decades.</p>",
            ),
            (
                "paragraph",
                "<p>Under an arrangement dating back to the 1991 treaty, Vellmark's water authority has sent hourly readings from gauges above and below the Hollin Gorge dam to Westmarch's environment agency. The data allow forecasters to predict water levels in the lower valley several days ahead.</p>",
            ),
            (
                "paragraph",
                "<p>In a brief statement, Vellmark's environment ministry said the exchange had been paused <i>pending a review of technical protocols</i> and gave no date for its resumption. Officials in Caldport said they had received no warning.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sharing information about a river we both depend on is the most basic form of good neighbourliness. Withdrawing it without notice is not.",
                    "attribution": "A spokesperson for Westmarch's foreign ministry",
                },
            ),
            (
                "paragraph",
                "<p>Westmarch summoned Vellmark's ambassador to the foreign ministry within hours. The meeting lasted 40 minutes, and neither side commented afterwards.</p>",
            ),
            ("subheading", "Farmers count the cost"),
            (
                "paragraph",
                "<p>In Ashby Vale, where the river is normally wide enough for small barges at this time of year, sandbanks are visible in the middle of the channel. The environment agency has asked farmers to reduce abstraction by a fifth and has banned the filling of private ponds.</p>",
            ),
            (
                "paragraph",
                "<p>Gareth Holm, who grows potatoes and barley on 300 hectares just outside the town, said he had already delayed planting on his lower fields. <i>Without the forecasts we are guessing</i>, he said. <i>You cannot run a farm on guesses.</i></p>",
            ),
            (
                "paragraph",
                "<p>Both governments said they remained open to talks, and diplomats in Halvik said the foreign ministers were expected to speak in the coming days.</p>",
            ),
        ],
    },
    {
        "slug": "northern-compact-summit-undersea-power-link",
        "section": "world",
        "headline": "Northern Compact leaders back undersea power link at Halvik summit",
        "standfirst": "The six member states agreed to fund a feasibility study for a high-voltage cable linking their grids, though the Tamsen dispute hung over the two-day meeting.",
        "dateline": "Halvik",
        "authors": ["amelia-hart", "sofia-lindqvist"],
        "topics": ["diplomacy", "energy"],
        "hours_ago": 215,
        "is_breaking": False,
        "image": {
            "title": "Halvik waterfront during the summit",
            "caption": "Delegations arrived at the conference hall on the Halvik waterfront for the opening session of the Northern Compact summit.",
            "agency": "Atlas Frame Agency",
            "photographer": "Tomasz Wren",
            "year": 2026,
            "alt": "Illustration: a waterfront city skyline at dusk, dark buildings dotted with small lit windows.",
            "scene": "skyline",
        },
        "body": [
            (
                "paragraph",
                "<p>Leaders of the six Northern Compact countries agreed to commission a feasibility study for an undersea electricity cable connecting their national grids, a project that supporters say could cut power prices and make better use of offshore wind.</p>",
            ),
            (
                "paragraph",
                "<p>The study, to be completed within 18 months, will examine a 1,400 km route along the northern coast with connection points in Westmarch, Lindmark and Vellmark. The cost of the full project has been estimated informally at between 6 and 9 billion crowns.</p>",
            ),
            (
                "quote",
                {
                    "text": "When the wind blows in one of our countries and not in another, we should be able to share that power rather than waste it.",
                    "attribution": "Prime Minister Helena Voss",
                },
            ),
            ("subheading", "Tensions on the sidelines"),
            (
                "paragraph",
                "<p>The summit communique made no mention of the Tamsen river, but the dispute was discussed at a private breakfast meeting between Ms Voss and Vellmark's prime minister, according to two officials. Neither government would describe the conversation in detail.</p>",
            ),
            (
                "paragraph",
                "<p>Vellmark's participation in the cable project is considered important because its hydroelectric reservoirs could act as a store of energy for the region, releasing power when wind output is low. Some delegates privately noted the irony that the same reservoirs are at the heart of the river dispute.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "The Northern Compact",
                    "text": "<p>Founded in 1996, the Northern Compact brings together six countries for cooperation on trade, energy, transport and security. Its secretariat is in Halvik, and the presidency rotates annually. Westmarch holds the presidency next year.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Leaders also agreed to harmonise rail safety standards by 2028 and to extend a joint programme for training coastguard crews. Westmarch will host the next summit in Caldport.</p>",
            ),
        ],
    },
    # --------------------------------------------------------------- politics
    {
        "slug": "voss-reshuffle-adebayo-clarke-housing",
        "section": "politics",
        "headline": "Voss promotes Ruth Adebayo-Clarke to housing in limited reshuffle after by-election defeat",
        "standfirst": "The prime minister moved three ministers and replaced her chief whip, insisting the changes were about delivery rather than a response to the loss of Kelsford North.",
        "dateline": "Caldport",
        "authors": ["daniel-okoro"],
        "topics": ["parliament"],
        "hours_ago": 8,
        "is_breaking": False,
        "image": {
            "title": "Ruth Adebayo-Clarke",
            "caption": "Ruth Adebayo-Clarke, the new housing minister, has been credited with rescuing the delayed Caldport to Kelsford rail upgrade during her time at the transport ministry.",
            "agency": "Gazette",
            "photographer": "Hannah Lowry",
            "year": 2026,
            "alt": "Illustration: the featureless silhouette of a person's head and shoulders against a background of soft, blurred circles of light.",
            "scene": "portrait",
        },
        "body": [
            (
                "paragraph",
                "<p>Prime Minister Helena Voss has promoted Ruth Adebayo-Clarke to the cabinet as housing minister in a limited reshuffle announced less than a day after the governing Civic Union lost the Kelsford North by-election.</p>",
            ),
            (
                "paragraph",
                "<p>Ms Adebayo-Clarke, 44, a former civil engineer who has served as a junior transport minister since the last general election, replaces Peter Aldous, who returns to the back benches. Mr Aldous had faced criticism over the slow progress of the government's pledge to build 60,000 affordable homes by the end of the parliament.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ruth has a record of getting difficult projects moving. That is exactly what we need on housing, and it is what people in every part of the country are asking us for.",
                    "attribution": "Prime Minister Helena Voss",
                },
            ),
            ("subheading", "A new chief whip"),
            (
                "paragraph",
                "<p>The prime minister also replaced her chief whip, appointing the experienced backbencher Colm Reardon to manage the party in the Chamber. His predecessor, Janet Fry, becomes minister for the regions. Allies of Ms Voss said the change reflected concern about discipline after a series of rebellions on planning legislation earlier in the year.</p>",
            ),
            (
                "paragraph",
                "<p>Beyond those changes, the reshuffle left the senior offices of state untouched. Finance Minister Marcus Hale, Foreign Minister Lena Halvorsen and Defence Minister Conrad Ashdown all remain in post, as had been widely expected.</p>",
            ),
            (
                "paragraph",
                "<p>The opposition dismissed the changes. Tobias Marr, leader of National Renewal, said voters in Kelsford North had <i>not been asking for new faces around the same table</i>. The Liberal Forum said it would judge the new housing minister on whether she revisited rules that it says make it too hard to build on disused industrial land.</p>",
            ),
            (
                "paragraph",
                "<p>Ms Adebayo-Clarke said she would publish a plan within 100 days setting out how the government intended to meet its housing target, including a review of stalled sites that already have planning permission. She is expected to make her first statement to the Chamber next week.</p>",
            ),
        ],
    },
    {
        "slug": "opposition-demands-chamber-vote-tamsen-deal",
        "section": "politics",
        "headline": "Opposition demands Chamber vote on any Tamsen agreement as Geneva talks near end",
        "standfirst": "National Renewal and the Liberal Forum say a river deal with Vellmark must be approved by members before ratification, setting up a procedural clash with the government.",
        "dateline": "Caldport",
        "authors": ["daniel-okoro"],
        "topics": ["parliament", "diplomacy"],
        "hours_ago": 12,
        "is_breaking": False,
        "image": {
            "title": "The Chamber in Caldport",
            "caption": "Members of the Chamber are expected to debate the Tamsen negotiations next week, whatever the outcome in Geneva.",
            "agency": "Northlight Press",
            "photographer": "Peter Okonkwo-Hale",
            "year": 2026,
            "alt": "Illustration: a stone parliament building with a row of columns and steps leading up to it, framed by trees.",
            "scene": "parliament",
        },
        "body": [
            (
                "paragraph",
                "<p>The two main opposition parties have joined forces to demand that any agreement with Vellmark over the Tamsen river be put to a vote in the Chamber before it is ratified, raising the prospect of a parliamentary clash just as negotiators in Geneva appear to be nearing a deal.</p>",
            ),
            (
                "paragraph",
                "<p>In a joint letter to the prime minister, National Renewal's leader Tobias Marr and the Liberal Forum's Ines Carvalho argued that an accord setting water flows for decades would have consequences <i>comparable to a treaty</i> and should therefore be subject to the same scrutiny.</p>",
            ),
            (
                "quote",
                {
                    "text": "This is not about opposing a deal. It is about making sure the people who live along the Tamsen have their say through their elected representatives.",
                    "attribution": "Ines Carvalho, leader of the Liberal Forum",
                },
            ),
            (
                "paragraph",
                "<p>Under Westmarch's constitution, formal treaties must be laid before the Chamber for 21 sitting days and can be blocked by a majority vote. The government has not said whether a Tamsen accord would take that form or be concluded as an intergovernmental agreement, which does not require parliamentary approval.</p>",
            ),
            ("subheading", "Government keeps its options open"),
            (
                "paragraph",
                "<p>A spokesperson for the prime minister said the government would <i>of course</i> keep the Chamber fully informed and that Foreign Minister Lena Halvorsen would make a statement as soon as talks concluded. She declined to commit to a vote.</p>",
            ),
            (
                "paragraph",
                "<p>Several backbench members of the governing Civic Union, including two who represent constituencies in the lower Tamsen valley, have privately indicated that they would support a vote. With the government's working majority reduced to 11 after the Kelsford North by-election, their position could prove decisive if the opposition forces a motion.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "How treaties are approved",
                    "text": "<ul><li>Treaties are laid before the Chamber for 21 sitting days.</li><li>The Chamber may pass a motion to block ratification by a simple majority.</li><li>Intergovernmental agreements that do not create new legal obligations do not require a vote.</li><li>The distinction has been tested only twice since 1990.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "kelsford-north-by-election-result",
        "section": "politics",
        "headline": "National Renewal takes Kelsford North from Civic Union in by-election upset",
        "standfirst": "Owen Lisle overturned a majority of more than 4,000 to win the industrial seat, dealing the Voss government its first electoral defeat since taking office.",
        "dateline": "Kelsford",
        "authors": ["daniel-okoro"],
        "topics": ["elections", "parliament"],
        "hours_ago": 28,
        "is_breaking": False,
        "image": {
            "title": "The count at Kelsford civic hall",
            "caption": "Owen Lisle celebrated with supporters at Kelsford civic hall after the returning officer declared the result shortly before 3am.",
            "agency": "Meridian Pictures",
            "photographer": "Sebastian Crane",
            "year": 2026,
            "alt": "Illustration: a bar chart with a line graph drawn over it and a small pie chart in the top corner.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>The opposition National Renewal party has won the Kelsford North by-election, overturning a Civic Union majority of more than 4,000 and handing Prime Minister Helena Voss her first electoral defeat since the general election two years ago.</p>",
            ),
            (
                "paragraph",
                "<p>Owen Lisle, a former engineer at the Kelsford rail works, won 14,212 votes, 1,870 more than the Civic Union candidate, Fiona Thackeray. The Liberal Forum came third with 5,406 votes, and the Green Coast Party fourth. Turnout was 48.3%, down from 64% at the general election.</p>",
            ),
            (
                "quote",
                {
                    "text": "People here have been told for years that help is on its way. Tonight they have said, very politely, that they have stopped waiting.",
                    "attribution": "Owen Lisle, in his victory speech",
                },
            ),
            ("subheading", "A swing on local issues"),
            (
                "paragraph",
                "<p>The campaign was dominated by local concerns: the closure of a maternity unit at Kelsford General Hospital, delays to the rail upgrade between Kelsford and Caldport, and the cost of housing. National Renewal campaigned heavily on a promise to fight for the maternity unit, and won wards that it had not carried in 20 years.</p>",
            ),
            (
                "paragraph",
                "<p>Ms Voss said the result was <i>disappointing</i> and that the government had heard the message from Kelsford. Senior Civic Union figures privately blamed a low turnout among their supporters, but several backbenchers said the defeat reflected wider frustration with the pace of change.</p>",
            ),
            (
                "paragraph",
                "<p>For Tobias Marr, the National Renewal leader, the victory is the clearest sign yet that his party can win back industrial seats it lost at the last election. <i>Kelsford North is not the end of anything</i>, he told supporters. <i>It is a beginning.</i></p>",
            ),
            (
                "fact_box",
                {
                    "title": "Kelsford North result",
                    "text": "<ul><li>Owen Lisle (National Renewal): 14,212</li><li>Fiona Thackeray (Civic Union): 12,342</li><li>Sunil Mathers (Liberal Forum): 5,406</li><li>Beth Ahern (Green Coast): 2,118</li><li>Others (three candidates): 1,309</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>The government's working majority in the Chamber falls to 11. Mr Lisle is expected to take his seat next week.</p>",
            ),
        ],
        "corrections": [
            {
                "kind": "update",
                "hours_after_publication": 9,
                "text": "This article has been updated with the final turnout figure of 48.3% confirmed by the returning officer. A provisional figure of 47.9% was given earlier.",
            },
        ],
    },
    {
        "slug": "kelsford-north-by-election-polls-open",
        "section": "politics",
        "headline": "Kelsford North votes in first electoral test for the Voss government",
        "standfirst": "Polling stations opened at 7am in the industrial constituency, where a hospital closure and stalled rail upgrade have dominated a campaign that both main parties say is too close to call.",
        "dateline": "Kelsford",
        "authors": ["daniel-okoro"],
        "topics": ["elections"],
        "hours_ago": 40,
        "is_breaking": False,
        "image": {
            "title": "Kelsford town centre on polling day",
            "caption": "Voters made their way to polling stations in Kelsford town centre in the morning under grey skies.",
            "agency": "Gazette",
            "photographer": "Ada Fenwick",
            "year": 2026,
            "alt": "Illustration: a row of market stalls with striped awnings and strings of bunting, small figures walking past.",
            "scene": "market",
        },
        "body": [
            (
                "paragraph",
                "<p>Voters in Kelsford North are going to the polls in a by-election that is being closely watched as the first test of public opinion since Prime Minister Helena Voss took office two years ago.</p>",
            ),
            (
                "paragraph",
                "<p>Polling stations opened at 7am and will close at 10pm, with a result expected overnight. Seven candidates are standing. The seat became vacant when the Civic Union member, Graham Pell, stood down for health reasons in February.</p>",
            ),
            ("subheading", "What voters say"),
            (
                "paragraph",
                "<p>Outside a polling station at St Aidan's primary school, several voters said the planned closure of the maternity unit at Kelsford General Hospital had been the main topic of conversation on their doorsteps. Others mentioned rents, which have risen by about a quarter in three years, and the frequent cancellation of trains to Caldport.</p>",
            ),
            (
                "quote",
                {
                    "text": "I have voted the same way for 30 years. This time I made my mind up in the queue.",
                    "attribution": "A retired teacher leaving the polling station at St Aidan's",
                },
            ),
            (
                "paragraph",
                "<p>The Civic Union has poured resources into the constituency in the final week, with Ms Voss visiting twice and cabinet ministers canvassing daily. National Renewal's leader, Tobias Marr, spent three days in the seat, holding public meetings in working men's clubs and community halls.</p>",
            ),
            (
                "paragraph",
                "<p>A poll for the Gazette last week put National Renewal six points ahead, although party strategists on both sides said their own canvass returns suggested a narrower contest. Turnout is widely expected to fall well short of the 64% recorded at the general election.</p>",
            ),
            (
                "paragraph",
                "<p>Under electoral law, broadcasters and newspapers may not report on how people are voting until polls close. The Gazette will carry live coverage of the count from Kelsford civic hall from 10pm.</p>",
            ),
        ],
    },
    {
        "slug": "spring-statement-defence-spending-fuel-duty",
        "section": "politics",
        "headline": "Spring statement: Hale raises defence spending and freezes fuel duty",
        "standfirst": "The finance minister set a path to defence spending of 2.5% of national income by 2029, froze fuel duty for a third year and lifted the threshold at which small firms pay business tax.",
        "dateline": "Caldport",
        "authors": ["daniel-okoro", "sofia-lindqvist"],
        "topics": ["economy", "parliament", "armed-forces"],
        "hours_ago": 95,
        "is_breaking": False,
        "image": {
            "title": "Spring statement forecasts",
            "caption": "The fiscal council's forecasts, published alongside the statement, show growth of 1.4% this year, slightly higher than expected in the autumn.",
            "agency": "Gazette",
            "photographer": "Nina Sorensen",
            "year": 2026,
            "alt": "Illustration: an abstract financial chart with vertical bars, a line with round markers and a small pie chart.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Finance Minister Marcus Hale has announced an increase in defence spending, a freeze on fuel duty and a cut in business tax for small firms in a spring statement that he described as <i>careful but confident</i>.</p>",
            ),
            (
                "paragraph",
                "<p>Speaking in the Chamber, Mr Hale said defence spending would rise from 2.1% of national income this year to 2.5% by 2029, an increase worth about 3.2 billion crowns a year by the end of the period. He said the money would go first to the navy's frigate programme, air defence and improving forces' housing.</p>",
            ),
            (
                "quote",
                {
                    "text": "Security is the foundation on which everything else is built. We will pay for it responsibly, and we will not borrow to do it.",
                    "attribution": "Marcus Hale, Finance Minister",
                },
            ),
            ("subheading", "Help for small firms"),
            (
                "paragraph",
                "<p>The threshold at which businesses begin paying the small business rate of tax will rise from 85,000 to 120,000 crowns of annual profit from July, a change the finance ministry says will benefit about 140,000 firms. Fuel duty is frozen for a third consecutive year, at a cost of 410 million crowns.</p>",
            ),
            (
                "paragraph",
                "<p>To pay for the measures, Mr Hale confirmed that a planned increase in the threshold for the higher rate of income tax would be delayed by a year, and announced a review of tax reliefs on company cars. The fiscal council said the plans left the government on course to meet its rule of balancing day-to-day spending within five years, but with only a narrow margin.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Key measures",
                    "text": "<ul><li>Defence spending to reach 2.5% of national income by 2029.</li><li>Fuel duty frozen for a third year.</li><li>Small business tax threshold raised to 120,000 crowns.</li><li>Higher-rate income tax threshold frozen for an extra year.</li><li>Growth forecast for this year: 1.4%.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Tobias Marr, the National Renewal leader, said the statement offered <i>nothing for families facing higher rents</i> and accused the government of a stealth tax rise through the frozen income tax threshold. Business groups broadly welcomed the small firms measure, while the Green Coast Party criticised the fuel duty freeze.</p>",
            ),
        ],
    },
    {
        "slug": "kelsford-north-poll-national-renewal-lead",
        "section": "politics",
        "headline": "Poll puts National Renewal six points ahead in Kelsford North",
        "standfirst": "A survey for the Gazette suggests the governing Civic Union is at risk of losing a seat it has held for 16 years, with the maternity unit closure the top concern for voters.",
        "dateline": "Kelsford",
        "authors": ["daniel-okoro"],
        "topics": ["elections"],
        "hours_ago": 110,
        "is_breaking": False,
        "image": {
            "title": "Kelsford North polling figures",
            "caption": "The survey of 812 adults in Kelsford North was carried out by telephone and online over the four days before publication.",
            "agency": "Gazette",
            "photographer": "Felix Araujo",
            "year": 2026,
            "alt": "Illustration: a chart of vertical bars of varying height beneath a jagged line graph, with a three-part pie chart in the corner.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>National Renewal holds a six-point lead in the Kelsford North by-election, according to a poll for the Gazette, suggesting the governing Civic Union could lose a seat it has held since 2010.</p>",
            ),
            (
                "paragraph",
                "<p>The survey, conducted by the research company Clearview Insight, puts National Renewal's Owen Lisle on 39%, Civic Union's Fiona Thackeray on 33%, the Liberal Forum on 15% and the Green Coast Party on 7%. Other candidates share the remaining 6%.</p>",
            ),
            (
                "paragraph",
                "<p>Asked to name the issues that would most influence their vote, 46% of respondents chose the planned closure of the maternity unit at Kelsford General Hospital, followed by the cost of housing at 38% and public transport at 29%. National Renewal was trusted more than the Civic Union on health by a margin of nine points.</p>",
            ),
            (
                "quote",
                {
                    "text": "By-election polls carry a wider margin of error than national surveys, but a lead of this size a week out is not something a governing party can easily dismiss.",
                    "attribution": "Martin Oyelaran, research director at Clearview Insight",
                },
            ),
            ("subheading", "Civic Union responds"),
            (
                "paragraph",
                "<p>The Civic Union campaign said the poll did not match what its activists were hearing on the doorstep. A spokesperson said Ms Thackeray had been <i>fighting for Kelsford for 12 years as a councillor</i> and would continue to campaign for a compromise that would keep a midwife-led birth centre open at the hospital.</p>",
            ),
            (
                "paragraph",
                "<p>National Renewal said it was taking nothing for granted. Mr Lisle spent the day canvassing in the Brookside estate, a traditional Civic Union stronghold, where he promised to campaign for the maternity unit to be reprieved and for a new bus route to the hospital.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "About the poll",
                    "text": "<p>Clearview Insight interviewed 812 adults in Kelsford North over the four days before publication. Results are weighted by age, sex, past vote and likelihood to vote. The margin of error is about plus or minus four percentage points.</p>",
                },
            ),
        ],
    },
    {
        "slug": "committee-criticises-rural-broadband-delays",
        "section": "politics",
        "headline": "Chamber committee criticises 'drift' in rural broadband programme",
        "standfirst": "The public accounts committee says only 41% of the homes promised full-fibre connections by this year have been reached, and calls for a new delivery plan within three months.",
        "dateline": "Caldport",
        "authors": ["daniel-okoro"],
        "topics": ["parliament", "technology"],
        "hours_ago": 150,
        "is_breaking": False,
        "image": {
            "title": "Farmland in the Dunmere hills",
            "caption": "Many villages in the Dunmere hills still rely on copper telephone lines for internet access, with average download speeds below 10 megabits per second.",
            "agency": "Northlight Press",
            "photographer": "Kofi Marsh",
            "year": 2025,
            "alt": "Illustration: gently rolling hills under an open sky and a bright sun, with small trees scattered along a ridge.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>The government's programme to bring full-fibre broadband to rural areas has fallen badly behind schedule and risks wasting public money, according to a report by the Chamber's public accounts committee.</p>",
            ),
            (
                "paragraph",
                "<p>The committee found that 168,000 homes and businesses had been connected under the Rural Connect scheme, against a target of 410,000 by the end of this year. It said the programme had suffered from <i>drift, poor contract management and over-optimistic assumptions</i> about the cost of reaching remote properties.</p>",
            ),
            (
                "quote",
                {
                    "text": "People in rural areas have been told again and again that fast broadband is coming. They deserve a plan that is honest about when it will actually arrive.",
                    "attribution": "Alun Breck, chair of the public accounts committee",
                },
            ),
            ("subheading", "Contracts under scrutiny"),
            (
                "paragraph",
                "<p>The report highlights the programme's reliance on two large contractors, one of which has delivered less than a third of the connections it was paid to build in the Dunmere and Northreach regions. The committee said the technology ministry had been slow to use penalty clauses and had allowed deadlines to be extended four times.</p>",
            ),
            (
                "paragraph",
                "<p>It also criticised the ministry for failing to publish reliable data on progress, noting that figures given to members last year had later been revised down by 22,000 connections. It recommends that progress be published quarterly by postcode.</p>",
            ),
            (
                "paragraph",
                "<p>The technology ministry said it accepted that progress had been too slow and that a revised plan would be published in the summer. A spokesperson said the programme had been affected by shortages of skilled engineers and by the rising cost of materials, and that connection rates had doubled over the past six months.</p>",
            ),
            (
                "paragraph",
                "<p>The National Farmers' Federation said poor connectivity was now a significant barrier to rural businesses, many of which are required to submit tax and subsidy claims online.</p>",
            ),
        ],
    },
    {
        "slug": "hale-signals-tax-relief-small-firms",
        "section": "politics",
        "headline": "Finance minister signals tax relief for small firms ahead of spring statement",
        "standfirst": "Marcus Hale told business leaders in Tarrow that he wanted to help firms grow, but warned that the public finances left little room for broad tax cuts.",
        "dateline": "Tarrow",
        "authors": ["daniel-okoro"],
        "topics": ["economy", "parliament"],
        "hours_ago": 170,
        "is_breaking": False,
        "image": {
            "title": "Marcus Hale",
            "caption": "Finance Minister Marcus Hale addressed the Tarrow Chamber of Commerce a week before his spring statement to the Chamber.",
            "agency": "Meridian Pictures",
            "photographer": "Luis Moreno-Park",
            "year": 2026,
            "alt": "Illustration: an anonymous head-and-shoulders silhouette in dark clothing, set against softly blurred circles.",
            "scene": "portrait",
        },
        "body": [
            (
                "paragraph",
                "<p>Finance Minister Marcus Hale has given the strongest hint yet that the forthcoming spring statement will include tax relief for small businesses, telling an audience in Tarrow that firms should be <i>rewarded, not penalised, for growing</i>.</p>",
            ),
            (
                "paragraph",
                "<p>Addressing the Tarrow Chamber of Commerce, Mr Hale said he had heard repeatedly from owners who turned down work or delayed hiring to stay below the profit threshold at which the small business rate of tax begins. He said that threshold, unchanged since 2019, had been eroded by inflation.</p>",
            ),
            (
                "quote",
                {
                    "text": "I want a tax system that gets out of the way of ambition. But I will not make promises the public finances cannot keep.",
                    "attribution": "Marcus Hale, Finance Minister",
                },
            ),
            (
                "paragraph",
                "<p>Mr Hale declined to give details, but officials have been examining options that would raise the threshold by between 20,000 and 40,000 crowns. The finance ministry estimates that each 10,000-crown increase costs about 90 million crowns a year in lost revenue.</p>",
            ),
            ("subheading", "Limited room"),
            (
                "paragraph",
                "<p>The minister used the same speech to warn against expectations of wider tax cuts. He said higher interest payments on government debt and the commitment to raise defence spending meant the spring statement would be <i>a careful one</i>. Economists at the Westmarch Institute for Fiscal Studies estimate that the government has about 2 billion crowns of headroom against its fiscal rules.</p>",
            ),
            (
                "paragraph",
                "<p>Business groups in Tarrow, where the car industry is the largest employer, said they would also press for help with energy costs. Helen Strand, who runs a family-owned metal fabrication firm in the town, said small manufacturers were paying twice as much for electricity as before the energy crisis. <i>Tax matters, but power prices matter more</i>, she said.</p>",
            ),
            (
                "paragraph",
                "<p>The spring statement will be delivered to the Chamber in a few days' time.</p>",
            ),
        ],
    },
    {
        "slug": "kelsford-north-by-election-candidates-confirmed",
        "section": "politics",
        "headline": "Seven candidates confirmed for Kelsford North by-election",
        "standfirst": "Nominations have closed in the industrial seat vacated by Graham Pell, with the governing Civic Union defending a majority of 4,212 in a contest seen as a test for the prime minister.",
        "dateline": "Kelsford",
        "authors": ["daniel-okoro"],
        "topics": ["elections"],
        "hours_ago": 200,
        "is_breaking": False,
        "image": {
            "title": "Kelsford from the railway viaduct",
            "caption": "Kelsford, long known for its rail works and foundries, has one of the highest rates of manufacturing employment in Westmarch.",
            "agency": "Atlas Frame Agency",
            "photographer": "Ingrid Tamm",
            "year": 2025,
            "alt": "Illustration: an evening sky over layered silhouettes of town buildings, the nearest with lit windows.",
            "scene": "skyline",
        },
        "body": [
            (
                "paragraph",
                "<p>Seven candidates will contest the Kelsford North by-election next week, the returning officer confirmed after nominations closed.</p>",
            ),
            (
                "paragraph",
                "<p>The by-election was triggered by the resignation of Graham Pell, who had represented the constituency for the Civic Union since 2010 and stood down in February on medical advice. At the general election two years ago he held the seat with a majority of 4,212 over National Renewal.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "The candidates",
                    "text": "<ul><li>Fiona Thackeray, Civic Union, councillor for Brookside ward</li><li>Owen Lisle, National Renewal, former engineer at the Kelsford rail works</li><li>Sunil Mathers, Liberal Forum, secondary school teacher</li><li>Beth Ahern, Green Coast Party, community energy campaigner</li><li>Two independents and one candidate for the Pensioners' Voice party</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>The campaign is expected to focus on the health authority's proposal to close the maternity unit at Kelsford General Hospital and move births to Caldport, 40 minutes away by road. All seven candidates have said they oppose the closure in its current form.</p>",
            ),
            (
                "quote",
                {
                    "text": "Every by-election is local, but this one will be read nationally. If the government cannot hold a seat like Kelsford North, people will ask why.",
                    "attribution": "Rosa Lindahl, professor of politics at the Kelsford Institute of Technology",
                },
            ),
            ("subheading", "Early skirmishes"),
            (
                "paragraph",
                "<p>Prime Minister Helena Voss is expected to visit the constituency this week. National Renewal has booked its spring conference in the town, a decision its opponents described as a stunt and its organisers called a coincidence of scheduling.</p>",
            ),
            (
                "paragraph",
                "<p>Ms Thackeray, launching her campaign outside the hospital, said she was <i>the only candidate who can speak to the government from inside the room</i>. Mr Lisle said voters had <i>heard that before</i>.</p>",
            ),
        ],
    },
    # ---------------------------------------------------------------- defence
    {
        "slug": "cyber-command-rise-attacks-energy-networks",
        "section": "defence",
        "headline": "Cyber command reports sharp rise in attacks on energy networks",
        "standfirst": "Serious incidents targeting power and gas operators rose by more than a third last year, the National Cyber Defence Command says, with most traced to criminal groups seeking ransom.",
        "dateline": "Caldport",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces", "technology", "energy"],
        "hours_ago": 20,
        "is_breaking": False,
        "image": {
            "title": "Incidents reported to the cyber command",
            "caption": "The National Cyber Defence Command handled 1,140 significant incidents last year, of which 212 affected energy companies.",
            "agency": "Gazette",
            "photographer": "Felix Araujo",
            "year": 2026,
            "alt": "Illustration: an abstract data chart with a row of bars, a line graph running above them and a small pie chart.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Cyber attacks on Westmarch's electricity and gas networks rose sharply last year, according to the annual report of the National Cyber Defence Command, which warns that criminal groups are increasingly targeting the systems that control physical infrastructure.</p>",
            ),
            (
                "paragraph",
                "<p>The command, which sits within the defence ministry and works alongside the civilian cyber security centre, said it had handled 1,140 significant incidents across all sectors, up 38% on the previous year. Of those, 212 affected energy companies, compared with 154 a year earlier.</p>",
            ),
            (
                "quote",
                {
                    "text": "The groups we are seeing are patient and well organised. They are not trying to turn the lights off for the sake of it. They want to be paid, and they know that energy companies cannot afford to be offline.",
                    "attribution": "Air Vice-Marshal Deborah Quist, commander of the National Cyber Defence Command",
                },
            ),
            ("subheading", "Ransomware dominates"),
            (
                "paragraph",
                "<p>The report says about 70% of the incidents involving energy companies were attempts to extort money, typically by encrypting business systems or threatening to publish stolen data. In three cases, attackers gained access to networks used to monitor substations, although the command said there was no evidence that they had tried to interfere with the supply of power.</p>",
            ),
            (
                "paragraph",
                "<p>A smaller number of intrusions were attributed to groups the report describes as <i>state-aligned</i>, which appeared to be gathering information about network layouts rather than causing disruption. The command did not name any countries.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "What the command recommends",
                    "text": "<ul><li>Separate the networks that control equipment from office IT systems.</li><li>Require multi-factor authentication for all remote access.</li><li>Test offline backups at least every quarter.</li><li>Report suspected intrusions within 24 hours.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Defence Minister Conrad Ashdown said the government would consult on making incident reporting mandatory for operators of critical infrastructure. Energy industry body PowerWest said its members had increased spending on security by about a fifth over two years, but called for more support for smaller distribution companies.</p>",
            ),
        ],
    },
    {
        "slug": "armed-forces-miss-recruitment-target-fourth-year",
        "section": "defence",
        "headline": "Armed forces miss recruitment target for fourth year running",
        "standfirst": "The army recruited 79% of the soldiers it needed last year, official figures show, with slow medical checks and a tight labour market blamed for the shortfall.",
        "dateline": "Caldport",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces"],
        "hours_ago": 65,
        "is_breaking": False,
        "image": {
            "title": "Training area on the Dunmere moors",
            "caption": "New recruits complete the first phase of army training on the Dunmere moors, a course that lasts 14 weeks.",
            "agency": "Northlight Press",
            "photographer": "Peter Okonkwo-Hale",
            "year": 2025,
            "alt": "Illustration: open rolling countryside with bands of hills, a low sun and a few trees on the skyline.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>Westmarch's armed forces have missed their recruitment targets for the fourth consecutive year, according to figures published by the defence ministry, raising fresh questions about the government's plans to expand the army.</p>",
            ),
            (
                "paragraph",
                "<p>The army recruited 5,940 regular soldiers in the year to March against a target of 7,500, or 79%. The navy reached 88% of its target and the air force 94%. Across all three services, more people left than joined for the third year running, reducing the size of the regular forces to just under 61,000.</p>",
            ),
            ("subheading", "Weeks of waiting"),
            (
                "paragraph",
                "<p>The ministry said the average time between an application and the start of basic training was 214 days, far longer than the 90 days it aims for. About a third of applicants drop out during that period, many of them while waiting for the results of medical assessments.</p>",
            ),
            (
                "quote",
                {
                    "text": "We are losing good people not because they change their minds about serving, but because we keep them waiting for the best part of a year.",
                    "attribution": "General Edwin Mortlake, Chief of the Defence Staff",
                },
            ),
            (
                "paragraph",
                "<p>The defence ministry announced last autumn that it would bring medical checks back in-house from a private contractor and allow applicants with some minor conditions, such as well-controlled asthma, to proceed without a separate review. Officials said early results were encouraging, with waiting times falling in the final quarter of the year.</p>",
            ),
            (
                "paragraph",
                "<p>Opposition defence spokesman Warren Tait said the figures showed that the government's promise to increase the army to 45,000 regular soldiers by 2030 was <i>slipping out of reach</i>. He called for a review of pay for junior ranks, which he said had fallen behind comparable civilian jobs.</p>",
            ),
            (
                "paragraph",
                "<p>Defence Minister Conrad Ashdown said the additional funding announced in the spring statement would allow the ministry to improve accommodation, which recruits and serving personnel consistently rank among their main concerns.</p>",
            ),
        ],
    },
    {
        "slug": "northern-shield-ends-amphibious-landing-grey-point",
        "section": "defence",
        "headline": "Exercise Northern Shield ends with amphibious landing at Grey Point",
        "standfirst": "Marines from Westmarch, Lindmark and Sarrenia stormed a beach on the west coast in the final phase of the largest allied exercise held in the region for more than a decade.",
        "dateline": "Grey Point",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces", "diplomacy"],
        "hours_ago": 80,
        "is_breaking": False,
        "image": {
            "title": "Landing craft off Grey Point",
            "caption": "Landing craft approach the beach at Grey Point during the final phase of Exercise Northern Shield.",
            "agency": "Harbourline Images",
            "photographer": "Kofi Marsh",
            "year": 2026,
            "alt": "Illustration: boats crossing open water towards a quay with cranes, hills rising behind the shore.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>Exercise Northern Shield, the largest allied military exercise in the region for more than a decade, ended with an amphibious landing by about 1,200 marines on the beach at Grey Point on Westmarch's west coast.</p>",
            ),
            (
                "paragraph",
                "<p>The landing, supported by helicopters and three assault ships, was the culmination of five days of training involving 9,000 personnel from Westmarch, Lindmark and Sarrenia. It was watched by Defence Minister Conrad Ashdown and his counterparts from the two partner countries.</p>",
            ),
            (
                "quote",
                {
                    "text": "Exercises like this are how allies learn to trust one another's procedures, radios and judgement before they ever have to rely on them for real.",
                    "attribution": "Brigadier Hanne Vos, commander of the combined landing force",
                },
            ),
            ("subheading", "Lessons learned"),
            (
                "paragraph",
                "<p>Officers said the exercise had exposed several problems that would now be addressed, including difficulties in sharing targeting data between the three navies' different combat systems. A senior officer said the air defence component had been stretched by the number of drones used by the opposing force, which was played by a Westmarch army brigade.</p>",
            ),
            (
                "paragraph",
                "<p>The exercise has been watched closely in Vellmark, which was not invited to take part. Its defence ministry described Northern Shield last week as <i>a legitimate exercise</i> but said it had asked for advance notice of any activity close to its border. Westmarch officials said all manoeuvres had remained well within their own territory.</p>",
            ),
            (
                "paragraph",
                "<p>Residents of Grey Point, a village of about 300 people, had been warned of road closures and low-flying aircraft. Some gathered on the cliffs to watch the landing. The local council said the disruption had been <i>far less than feared</i> and thanked the armed forces for clearing up quickly.</p>",
            ),
            (
                "paragraph",
                "<p>The three countries have agreed to hold the next Northern Shield exercise in Lindmark in two years' time.</p>",
            ),
        ],
    },
    {
        "slug": "harrow-finch-wins-sentinel-frigate-contract",
        "section": "defence",
        "headline": "Harrow & Finch wins 4.1bn-crown contract to build Sentinel-class frigates",
        "standfirst": "The Marlow Bay shipbuilder beat a Lindmark-led consortium to build five new frigates for the navy, securing the future of the town's yard into the late 2030s.",
        "dateline": "Marlow Bay",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces", "economy"],
        "hours_ago": 120,
        "is_breaking": False,
        "image": {
            "title": "The Harrow & Finch yard at Marlow Bay",
            "caption": "Cranes at the Harrow & Finch yard in Marlow Bay, where the first Sentinel-class frigate is due to be laid down next year.",
            "agency": "Harbourline Images",
            "photographer": "Rosalind Yip",
            "year": 2026,
            "alt": "Illustration: tall cranes on a quayside beside open water, with sailing boats in the foreground and hills beyond.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>Harrow &amp; Finch Marine has won a 4.1 billion-crown contract to build five Sentinel-class frigates for the Westmarch Navy, the defence ministry announced, ending an 18-month competition and securing work at the company's Marlow Bay shipyard for more than a decade.</p>",
            ),
            (
                "paragraph",
                "<p>The company beat Kestrel Naval Systems, a consortium led by the Lindmark shipbuilder Vårdberg, which had proposed building the hulls in Halvik and completing the ships in Northreach. The ministry said Harrow &amp; Finch had offered the better combination of price, delivery schedule and technical risk.</p>",
            ),
            (
                "quote",
                {
                    "text": "This is the right ship, built in the right place, at a price the taxpayer can be confident in.",
                    "attribution": "Conrad Ashdown, Defence Minister",
                },
            ),
            ("subheading", "Replacing the Warden class"),
            (
                "paragraph",
                "<p>The Sentinel-class ships will replace the navy's four ageing Warden-class frigates, the oldest of which entered service in 1994. Each will be about 135 metres long, carry a crew of 120 and be designed primarily for anti-submarine warfare. The first is due to be handed over in 2031 and the last in 2036.</p>",
            ),
            (
                "paragraph",
                "<p>Harrow &amp; Finch said the contract would sustain about 1,800 jobs at Marlow Bay and a further 2,500 in its supply chain, and that it would take on 300 apprentices over the life of the programme. The company will also upgrade the yard's covered building hall so that two ships can be worked on at once.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Sentinel-class frigate",
                    "text": "<ul><li>Number ordered: five</li><li>Length: about 135 metres</li><li>Crew: 120, with space for 40 more</li><li>Main role: anti-submarine warfare</li><li>First delivery: 2031</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Kestrel Naval Systems said it was disappointed and would seek a debrief from the ministry. Northreach's mayor said the decision was a blow to the town, which had hoped for several hundred jobs in final assembly. Mr Ashdown said the ministry would look at whether some of the work on the ships' mission modules could be placed elsewhere in the country.</p>",
            ),
        ],
        "corrections": [
            {
                "kind": "clarification",
                "hours_after_publication": 14,
                "text": "We have clarified that the 1,800 jobs at Marlow Bay are existing and new posts sustained by the contract, not 1,800 new jobs, as an earlier version implied.",
            },
        ],
    },
    {
        "slug": "defence-ministry-buy-mobile-air-defence-systems",
        "section": "defence",
        "headline": "Defence ministry to buy mobile air-defence systems after capability review",
        "standfirst": "Twelve batteries of the Bastion-M short-range system will be ordered to protect bases and deployed troops from drones and cruise missiles, in a deal worth about 640 million crowns.",
        "dateline": "Caldport",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces"],
        "hours_ago": 135,
        "is_breaking": False,
        "image": {
            "title": "Air-defence trials on the Northreach ranges",
            "caption": "A prototype Bastion-M launcher was tested on the Northreach ranges last autumn as part of the army's evaluation.",
            "agency": "Atlas Frame Agency",
            "photographer": "Tomasz Wren",
            "year": 2025,
            "alt": "Illustration: several ranges of mountains one behind another, with snow on the furthest peaks.",
            "scene": "mountains",
        },
        "body": [
            (
                "paragraph",
                "<p>The defence ministry will buy 12 batteries of a mobile short-range air-defence system to protect military bases and troops in the field, following a review that found the army had too few weapons able to counter drones and low-flying missiles.</p>",
            ),
            (
                "paragraph",
                "<p>The Bastion-M system, made by Arcline Defence, mounts missiles and a radar on an armoured truck and can be ready to fire within minutes of stopping. The contract, expected to be signed next month, is worth about 640 million crowns, including training and spare parts for ten years.</p>",
            ),
            (
                "quote",
                {
                    "text": "Recent conflicts have shown that cheap drones in large numbers can threaten forces that were designed to face a very different kind of enemy. We have to adapt, and quickly.",
                    "attribution": "General Edwin Mortlake, Chief of the Defence Staff",
                },
            ),
            ("subheading", "Gaps in protection"),
            (
                "paragraph",
                "<p>The capability review, a summary of which was published alongside the announcement, concluded that the army could currently protect only two major sites at a time against air attack. It said the air force's long-range systems were not designed to engage small drones and would be <i>uneconomic</i> to use against them.</p>",
            ),
            (
                "paragraph",
                "<p>The first four batteries are due to be delivered in 2027, with the remainder following by the end of 2028. Arcline said about 40% of the work on the system would be carried out at its factory in Eastholm, sustaining around 350 jobs.</p>",
            ),
            (
                "paragraph",
                "<p>The review also recommended that the army develop cheaper ways of defeating drones, such as electronic jamming and guns firing programmable ammunition, to avoid using missiles costing hundreds of thousands of crowns against targets worth a fraction of that. The ministry said it would launch a competition for such systems later this year.</p>",
            ),
            (
                "paragraph",
                "<p>Opposition parties broadly welcomed the announcement, although the Liberal Forum questioned why the review had taken two years to complete.</p>",
            ),
        ],
    },
    {
        "slug": "exercise-northern-shield-begins",
        "section": "defence",
        "headline": "Exercise Northern Shield begins with 9,000 troops from three countries",
        "standfirst": "Forces from Westmarch, Lindmark and Sarrenia will train together on land, at sea and in the air for five days in the region's biggest allied exercise since 2013.",
        "dateline": "Northreach",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces", "diplomacy"],
        "hours_ago": 180,
        "is_breaking": False,
        "image": {
            "title": "Ships gather off Northreach",
            "caption": "Warships from three navies gathered off Northreach ahead of the start of Exercise Northern Shield.",
            "agency": "Harbourline Images",
            "photographer": "Kofi Marsh",
            "year": 2026,
            "alt": "Illustration: a group of boats on the water off a quay lined with cranes, under a wide sky.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>About 9,000 military personnel from Westmarch, Lindmark and Sarrenia began five days of intensive joint training in Exercise Northern Shield, the largest allied exercise held in the region for more than a decade.</p>",
            ),
            (
                "paragraph",
                "<p>The exercise involves 22 ships, 60 aircraft and several hundred armoured vehicles, and will take place across the northern training areas, in the waters off Northreach and along the west coast. It will conclude with an amphibious landing at Grey Point.</p>",
            ),
            (
                "quote",
                {
                    "text": "We are not training against any particular country. We are training so that, if we ever need to, we can work together without hesitation.",
                    "attribution": "Rear Admiral Philippa Grant, the exercise director",
                },
            ),
            (
                "paragraph",
                "<p>The scenario, devised by planners from all three countries, imagines a fictional state threatening shipping lanes and critical infrastructure along the northern coast. Units will practise defending ports and undersea cables as well as conventional land and air operations.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Northern Shield in numbers",
                    "text": "<ul><li>Personnel: about 9,000, of whom 5,600 are from Westmarch</li><li>Ships: 22, including two submarines</li><li>Aircraft: 60, including helicopters and drones</li><li>Duration: five days</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Road closures will be in place around the training area at Hallan Moor, and the defence ministry has warned residents along the coast to expect low-flying aircraft, particularly at night. A helpline has been set up for complaints and compensation claims.</p>",
            ),
            (
                "paragraph",
                "<p>The exercise comes at a time of strained relations with Vellmark over the Tamsen river, although officials in Caldport stressed that it had been planned for more than two years. Vellmark was offered observer status but did not take it up. Its foreign ministry said it had <i>noted</i> the exercise and expected all activity to be conducted transparently and at a safe distance from the border.</p>",
            ),
        ],
    },
    {
        "slug": "reservists-guaranteed-leave-new-bill",
        "section": "defence",
        "headline": "Reservists to get guaranteed leave from employers under new bill",
        "standfirst": "Part-time soldiers, sailors and aircrew would be entitled to 15 days a year for training, with small firms compensated for their absence, under legislation introduced in the Chamber.",
        "dateline": "Caldport",
        "authors": ["rhys-callaghan", "daniel-okoro"],
        "topics": ["armed-forces", "parliament"],
        "hours_ago": 205,
        "is_breaking": False,
        "image": {
            "title": "The defence ministry in Caldport",
            "caption": "The Reserve Forces (Employment Protection) Bill was published by the defence ministry and will receive its first debate next month.",
            "agency": "Gazette",
            "photographer": "Hannah Lowry",
            "year": 2026,
            "alt": "Illustration: a symmetrical government building with columns, a pediment and steps, flanked by round trees.",
            "scene": "parliament",
        },
        "body": [
            (
                "paragraph",
                "<p>Employers would be required to give military reservists up to 15 days of leave a year for training, under a bill introduced in the Chamber that the government hopes will help to reverse a decline in the number of part-time volunteers.</p>",
            ),
            (
                "paragraph",
                "<p>The Reserve Forces (Employment Protection) Bill would also make it unlawful to dismiss or disadvantage an employee because of their reserve service, and would give firms with fewer than 50 staff compensation of 600 crowns for each day a reservist is away.</p>",
            ),
            (
                "quote",
                {
                    "text": "Reservists give up their weekends and holidays to serve their country. They should not have to choose between that and keeping their job.",
                    "attribution": "Conrad Ashdown, Defence Minister",
                },
            ),
            ("subheading", "A shrinking reserve"),
            (
                "paragraph",
                "<p>The number of trained reservists has fallen from about 24,000 in 2018 to just over 19,000. In surveys, reservists most often cite difficulty getting time off work as the reason for leaving. The defence ministry wants to increase the reserve to 25,000 by 2030.</p>",
            ),
            (
                "paragraph",
                "<p>Business groups gave the bill a mixed reception. The Federation of Westmarch Employers said it supported the aim but warned that an absolute right to leave could cause problems for very small firms at busy times of year. It has asked for employers to be able to request a postponement of up to three months.</p>",
            ),
            (
                "paragraph",
                "<p>Lieutenant Martha Oduya, a reservist with the Caldport Rifles who works as a software developer, said her employer had been supportive but that friends in other jobs had given up. <i>People assume it is a hobby</i>, she said. <i>It is not. We are part of the army.</i></p>",
            ),
            (
                "paragraph",
                "<p>The bill has cross-party support in principle and is expected to pass its first reading comfortably. Its detailed provisions will be examined by the Chamber's defence committee.</p>",
            ),
        ],
    },
    {
        "slug": "navy-shortlists-two-bidders-sentinel-frigate",
        "section": "defence",
        "headline": "Navy shortlists two bidders for Sentinel-class frigate contract",
        "standfirst": "Harrow & Finch Marine and the Lindmark-led Kestrel Naval Systems will compete for an order of five ships, with a decision promised within days.",
        "dateline": "Marlow Bay",
        "authors": ["rhys-callaghan"],
        "topics": ["armed-forces", "economy"],
        "hours_ago": 225,
        "is_breaking": False,
        "image": {
            "title": "Shipyard cranes at Marlow Bay",
            "caption": "The Harrow & Finch yard has not laid down a new warship since the last Warden-class frigate was completed in 2001.",
            "agency": "Meridian Pictures",
            "photographer": "Sebastian Crane",
            "year": 2025,
            "alt": "Illustration: a harbour with a row of cranes on a long quay and small boats moored on the rippled water.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>The defence ministry has shortlisted two bidders to build the navy's next generation of frigates, setting up a final contest between the Marlow Bay shipbuilder Harrow &amp; Finch Marine and a consortium led by a company from Lindmark.</p>",
            ),
            (
                "paragraph",
                "<p>The Sentinel-class programme, expected to be worth about 4 billion crowns, will replace the navy's four Warden-class frigates with five new ships designed to hunt submarines. A third bidder, a joint venture involving a Sarrenian shipyard, was eliminated at the previous stage.</p>",
            ),
            (
                "paragraph",
                "<p>Kestrel Naval Systems, the rival consortium, is led by the Lindmark shipbuilder Vårdberg and has proposed building the hulls in Halvik and fitting them out at a new facility in Northreach. It says its approach would be cheaper and faster because Vårdberg already has a warm production line.</p>",
            ),
            (
                "quote",
                {
                    "text": "Whichever bid wins, we will insist on a substantial share of the work being done in Westmarch. But the navy needs these ships on time, and that must come first.",
                    "attribution": "Conrad Ashdown, Defence Minister",
                },
            ),
            ("subheading", "A town waits"),
            (
                "paragraph",
                "<p>In Marlow Bay, where Harrow &amp; Finch employs about 1,500 people, the shortlisting was greeted with relief and anxiety in equal measure. The yard's current order book, made up of ferries and offshore support vessels, runs out in 2028.</p>",
            ),
            (
                "paragraph",
                "<p>Union officials said that losing the contract would put hundreds of skilled jobs at risk. <i>This yard has built warships for a hundred years</i>, said Dermot Keane, the convenor for the shipbuilding union at Marlow Bay. <i>If it stops now, those skills will not come back.</i></p>",
            ),
            (
                "paragraph",
                "<p>The ministry said it expected to announce the winner within days, once final price negotiations had been completed with both bidders.</p>",
            ),
        ],
    },
    # --------------------------------------------------------------- business
    {
        "slug": "quill-systems-shares-jump-market-debut",
        "section": "business",
        "headline": "Quill Systems shares jump 24% on Caldport stock market debut",
        "standfirst": "The accounting software company closed its first day of trading valued at nearly 3.8 billion crowns, the largest technology listing in Caldport for six years.",
        "dateline": "Caldport",
        "authors": ["sofia-lindqvist"],
        "topics": ["technology", "economy"],
        "hours_ago": 16,
        "is_breaking": False,
        "image": {
            "title": "Quill Systems' first day of trading",
            "caption": "Quill Systems' shares opened at 26.10 crowns, well above the offer price of 21 crowns, and held their gains throughout the day.",
            "agency": "Gazette",
            "photographer": "Nina Sorensen",
            "year": 2026,
            "alt": "Illustration: a stock-market style chart with vertical bars, a line graph with round markers and a small pie chart.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Shares in Quill Systems rose by 24% on their first day of trading on the Caldport stock exchange, giving the accounting software company a market value of almost 3.8 billion crowns and offering a boost to a market that has struggled to attract technology listings.</p>",
            ),
            (
                "paragraph",
                "<p>The shares, priced at 21 crowns in the offering, opened at 26.10 crowns and closed at 26.04. About 14% of the company was sold to investors, raising 420 million crowns, of which 250 million will go to the company to fund expansion and the rest to existing shareholders.</p>",
            ),
            (
                "quote",
                {
                    "text": "We started Quill at a kitchen table in Caldport because we thought small businesses deserved better tools. Today is a big day, but the work starts again tomorrow.",
                    "attribution": "Anika Roos, co-founder and chief executive of Quill Systems",
                },
            ),
            ("subheading", "A test for the exchange"),
            (
                "paragraph",
                "<p>Quill, founded in 2014 by Ms Roos and Dev Malhotra, sells cloud-based bookkeeping and payroll software to about 310,000 small firms, mostly in Westmarch, Lindmark and Sarrenia. It reported revenue of 386 million crowns last year and made its first full-year profit.</p>",
            ),
            (
                "paragraph",
                "<p>The Caldport exchange has lost several technology companies to larger overseas markets in recent years, and its chief executive, Hugo Lindell, described the listing as <i>proof that growth companies can thrive here</i>. The exchange's CX40 index rose 0.4% on the day.</p>",
            ),
            (
                "paragraph",
                "<p>Some analysts sounded a note of caution. Maya Berglund, a technology analyst at Fenwick Rowe, said the first-day jump suggested the offer had been priced conservatively, leaving money on the table for the selling shareholders. <i>The real test is where the price is in six months</i>, she said.</p>",
            ),
            (
                "paragraph",
                "<p>Ms Roos and Mr Malhotra, who retain about 11% and 8% of the company respectively, are barred from selling shares for a year under the terms of the listing.</p>",
            ),
        ],
    },
    {
        "slug": "brightwells-profits-rise-own-label",
        "section": "business",
        "headline": "Brightwell's profits rise as shoppers switch to own-label goods",
        "standfirst": "The supermarket chain reported a 9% increase in annual profit and said own-label products now account for more than half of its sales.",
        "dateline": "Eastholm",
        "authors": ["sofia-lindqvist"],
        "topics": ["economy"],
        "hours_ago": 50,
        "is_breaking": False,
        "image": {
            "title": "Produce stalls at a Brightwell's market hall",
            "caption": "Brightwell's has converted 24 of its larger stores to include market-style fresh produce halls over the past two years.",
            "agency": "Meridian Pictures",
            "photographer": "Luis Moreno-Park",
            "year": 2026,
            "alt": "Illustration: market stalls with striped awnings over crates of colourful fruit, with bunting strung overhead.",
            "scene": "market",
        },
        "body": [
            (
                "paragraph",
                "<p>Brightwell's, Westmarch's second-largest supermarket chain, has reported a 9% rise in annual profit, helped by shoppers who switched to its cheaper own-label products during the cost of living squeeze and have not switched back.</p>",
            ),
            (
                "paragraph",
                "<p>The company made a pre-tax profit of 412 million crowns in the year to February, on sales of 14.6 billion crowns. Own-label goods accounted for 52% of sales, up from 44% three years ago. Like-for-like sales, which strip out the effect of new stores, rose by 3.8%.</p>",
            ),
            (
                "quote",
                {
                    "text": "Customers tried our own brands when money was tight and discovered they were good. Many of them have stayed with us, and that tells us something about quality, not just price.",
                    "attribution": "Lorna Ferris, chief executive of Brightwell's",
                },
            ),
            ("subheading", "Prices and margins"),
            (
                "paragraph",
                "<p>The results come as food price inflation continues to ease. Ms Ferris said the company expected prices in its stores to rise by about 2% over the coming year, compared with more than 10% at the peak two years ago. She said Brightwell's would keep its operating margin at around 3% and reinvest any extra savings in lower prices.</p>",
            ),
            (
                "paragraph",
                "<p>The chain, which has 380 stores, plans to open 15 more this year, mostly smaller convenience shops in towns. It will also spend 120 million crowns on solar panels and heat pumps for its distribution centres, which it says will cut its energy bill by a fifth.</p>",
            ),
            (
                "paragraph",
                "<p>Suppliers have been less enthusiastic about the shift to own-label products, which typically earn them lower margins than branded goods. The Westmarch Food and Drink Federation said some smaller producers were under pressure, and called for a stronger code of practice for supermarkets.</p>",
            ),
            (
                "paragraph",
                "<p>Shares in Brightwell's rose 4.2% on the results. The company will pay a final dividend of 0.38 crowns per share, up from 0.33 crowns a year earlier, and said it would buy back up to 150 million crowns of its own shares.</p>",
            ),
        ],
    },
    {
        "slug": "tarrow-motors-cut-600-jobs-electric-transition",
        "section": "business",
        "headline": "Tarrow Motors to cut 600 jobs as electric transition costs bite",
        "standfirst": "The carmaker says it must reduce costs at its main plant while it retools for electric vehicles, but unions accuse it of breaking a promise made two years ago.",
        "dateline": "Tarrow",
        "authors": ["sofia-lindqvist"],
        "topics": ["economy", "energy"],
        "hours_ago": 75,
        "is_breaking": False,
        "image": {
            "title": "Tarrow at dawn",
            "caption": "The Tarrow Motors plant, on the edge of the town, has built cars since 1962 and employs about 4,800 people.",
            "agency": "Northlight Press",
            "photographer": "Marta Ilves",
            "year": 2025,
            "alt": "Illustration: an industrial town skyline of blocky buildings at dusk, windows lit in the nearest row.",
            "scene": "skyline",
        },
        "body": [
            (
                "paragraph",
                "<p>Tarrow Motors will cut 600 jobs at its main factory over the next 18 months, the company announced, blaming the high cost of converting its production lines to electric vehicles and weaker than expected demand for its current models.</p>",
            ),
            (
                "paragraph",
                "<p>The company, which employs about 4,800 people in Tarrow, said it hoped most of the reductions could be achieved through voluntary redundancy and early retirement. It said the cuts were necessary to fund a 1.1 billion-crown investment in battery assembly and a new electric model, codenamed Aura, due to enter production in 2028.</p>",
            ),
            (
                "quote",
                {
                    "text": "This is a painful decision. But if we do not make these changes now, we risk the future of car manufacturing in Tarrow altogether.",
                    "attribution": "Marguerite Dane, chief executive of Tarrow Motors",
                },
            ),
            ("subheading", "Union anger"),
            (
                "paragraph",
                "<p>The announcement drew an angry response from unions, which said the company had promised two years ago that the transition to electric vehicles would be achieved without compulsory job losses. Frank Aldane, the senior union representative at the plant, said members felt <i>betrayed</i> and that a ballot on industrial action could not be ruled out.</p>",
            ),
            (
                "paragraph",
                "<p>Tarrow Motors said it had not ruled out compulsory redundancies but that it <i>very much hoped</i> to avoid them. It said it would offer retraining to workers willing to move into battery assembly, which will require about 250 staff when it opens.</p>",
            ),
            (
                "paragraph",
                "<p>The company's sales in Westmarch fell by 11% last year as buyers delayed purchases ahead of a change in vehicle taxation, and exports to Sarrenia were hit by the political uncertainty there. It made an operating loss of 64 million crowns.</p>",
            ),
            (
                "paragraph",
                "<p>The industry ministry said it would work with the company and the local council to support affected workers. Tarrow's mayor, Graham Owusu, called for the government to bring forward incentives for electric car buyers that were promised in the last election manifesto.</p>",
            ),
        ],
    },
    {
        "slug": "bank-of-westmarch-holds-rates-signals-cut",
        "section": "business",
        "headline": "Bank of Westmarch holds rates at 3.75% but signals summer cut",
        "standfirst": "Three of the nine members of the monetary policy committee voted for an immediate reduction, and the governor said falling inflation gave room to ease borrowing costs soon.",
        "dateline": "Caldport",
        "authors": ["sofia-lindqvist"],
        "topics": ["economy"],
        "hours_ago": 90,
        "is_breaking": False,
        "image": {
            "title": "The Bank of Westmarch",
            "caption": "The Bank of Westmarch's headquarters in Caldport, where the monetary policy committee meets eight times a year.",
            "agency": "Atlas Frame Agency",
            "photographer": "Ingrid Tamm",
            "year": 2025,
            "alt": "Illustration: a grand columned building with a pediment and a flag, seen across a square lined with trees.",
            "scene": "parliament",
        },
        "body": [
            (
                "paragraph",
                "<p>The Bank of Westmarch has kept its main interest rate at 3.75% for a fourth consecutive meeting, but its governor gave the clearest signal yet that borrowing costs are likely to fall in the summer.</p>",
            ),
            (
                "paragraph",
                "<p>The monetary policy committee voted six to three to hold rates, with the three dissenting members preferring a cut to 3.5%. At the previous meeting only one member had voted for a reduction.</p>",
            ),
            (
                "quote",
                {
                    "text": "Inflation is coming down broadly as we expected. If that continues, the committee will have scope to reduce Bank Rate in the months ahead. We are not there yet, but we are getting closer.",
                    "attribution": "Ingrid Salo, Governor of the Bank of Westmarch",
                },
            ),
            ("subheading", "Services prices remain sticky"),
            (
                "paragraph",
                "<p>In its quarterly report, the bank said it expected inflation to fall to around 2.5% by the autumn, close to its 2% target. However, it noted that prices for services such as restaurants, rents and insurance were still rising by more than 4% a year, driven by strong wage growth.</p>",
            ),
            (
                "paragraph",
                "<p>The bank slightly raised its forecast for economic growth this year to 1.3% from 1.1%, citing stronger consumer spending and the boost from higher defence spending announced in the spring statement.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "What it means for you",
                    "text": "<ul><li><b>Mortgages:</b> about 40% of borrowers are on variable or tracker rates and will see no change this month.</li><li><b>Savers:</b> easy-access savings rates are likely to drift lower in anticipation of a cut.</li><li><b>Fixed rates:</b> lenders have already begun to trim the cost of two-year and five-year fixed deals.</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Financial markets now put the probability of a cut at the bank's next meeting, in June, at about 70%, up from 45% before the announcement. The crown fell 0.5% against the currencies of Westmarch's main trading partners, and shares in housebuilders rose.</p>",
            ),
            (
                "paragraph",
                "<p>Finance Minister Marcus Hale said the decision was a matter for the independent central bank, but that falling inflation was <i>a sign that the government's plan is working</i>.</p>",
            ),
        ],
    },
    {
        "slug": "harrow-finch-shares-soar-frigate-win",
        "section": "business",
        "headline": "Harrow & Finch shares soar as frigate win secures Marlow Bay yard",
        "standfirst": "The shipbuilder's shares rose 11% to a record high after it won the Sentinel-class contract, with analysts saying the order transforms its long-term prospects.",
        "dateline": "Caldport",
        "authors": ["sofia-lindqvist", "rhys-callaghan"],
        "topics": ["economy", "armed-forces"],
        "hours_ago": 118,
        "is_breaking": False,
        "image": {
            "title": "Harrow & Finch share price",
            "caption": "Harrow & Finch shares had risen by about 30% in the past year as investors anticipated a decision on the frigate contract.",
            "agency": "Gazette",
            "photographer": "Felix Araujo",
            "year": 2026,
            "alt": "Illustration: an abstract share-price chart with bars, an overlaid line graph and a small pie chart in the corner.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Shares in Harrow &amp; Finch Marine rose by 11.4% to a record high after the shipbuilder was awarded a 4.1 billion-crown contract to build five frigates for the Westmarch Navy.</p>",
            ),
            (
                "paragraph",
                "<p>The gain added about 380 million crowns to the company's stock market value, taking it to 3.7 billion crowns. The shares had been volatile in recent weeks as investors weighed the likelihood of the company beating its rival, the Lindmark-led consortium Kestrel Naval Systems.</p>",
            ),
            (
                "quote",
                {
                    "text": "This contract gives Harrow and Finch a decade of visible revenue. For a shipbuilder, that kind of certainty is almost unheard of.",
                    "attribution": "Oskar Brandt, industrials analyst at Halden Securities",
                },
            ),
            ("subheading", "Margins in focus"),
            (
                "paragraph",
                "<p>Analysts cautioned that the value of the contract would depend on the company's ability to control costs. Warship programmes have a history of overruns, and Harrow &amp; Finch has accepted a fixed-price structure for the second to fifth ships, meaning it would bear much of the risk of any delays.</p>",
            ),
            (
                "paragraph",
                "<p>The company's chief executive, Robert Finch-Maddox, said on a call with investors that the yard had learned lessons from the troubled construction of two offshore patrol vessels a decade ago. He said the Sentinel design was based on a mature hull form and that 80% of the detailed design work was complete.</p>",
            ),
            (
                "paragraph",
                "<p>The company also said it expected to bid for export versions of the Sentinel design, and that it had held early discussions with two navies. It did not name them.</p>",
            ),
            (
                "paragraph",
                "<p>Elsewhere on the Caldport exchange, the CX40 index rose 0.6%. Shares in Arcline Defence, which is expected to supply some of the frigates' electronic systems, rose 3.1%.</p>",
            ),
        ],
    },
    {
        "slug": "quill-systems-sets-price-range-listing",
        "section": "business",
        "headline": "Quill Systems sets price range for listing that could value it at 3.2bn crowns",
        "standfirst": "The Caldport software firm plans to sell shares at between 18 and 22 crowns each, in what would be the exchange's biggest technology listing for six years.",
        "dateline": "Caldport",
        "authors": ["sofia-lindqvist"],
        "topics": ["technology", "economy"],
        "hours_ago": 125,
        "is_breaking": False,
        "image": {
            "title": "Caldport's financial district",
            "caption": "Quill Systems has its headquarters in a converted warehouse on the edge of Caldport's financial district.",
            "agency": "Meridian Pictures",
            "photographer": "Luis Moreno-Park",
            "year": 2025,
            "alt": "Illustration: a skyline of office towers with glowing windows against an evening sky.",
            "scene": "skyline",
        },
        "body": [
            (
                "paragraph",
                "<p>Quill Systems, the Caldport-based maker of accounting software for small businesses, has set a price range for its planned stock market listing that would value the company at between 2.6 and 3.2 billion crowns.</p>",
            ),
            (
                "paragraph",
                "<p>The company said it would sell shares at between 18 and 22 crowns each, with dealings expected to begin next week. It aims to raise about 250 million crowns of new money to expand into two further countries and develop tools that use artificial intelligence to automate bookkeeping.</p>",
            ),
            (
                "quote",
                {
                    "text": "We could have listed abroad. We chose Caldport because our customers are here, our people are here, and we believe in building something lasting at home.",
                    "attribution": "Dev Malhotra, co-founder and chief technology officer of Quill Systems",
                },
            ),
            ("subheading", "From start-up to profit"),
            (
                "paragraph",
                "<p>Founded in 2014, Quill now has about 1,100 employees and sells subscriptions to around 310,000 businesses. Its revenue grew by 27% last year to 386 million crowns, and it reported a net profit of 19 million crowns, its first annual profit.</p>",
            ),
            (
                "paragraph",
                "<p>The prospectus shows that about 60% of the company's customers are in Westmarch, with most of the rest in Lindmark and Sarrenia. It also reveals that the two founders will retain shares with enhanced voting rights for five years, a structure that some investor groups have criticised.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Quill Systems at a glance",
                    "text": "<ul><li>Founded: 2014, in Caldport</li><li>Customers: about 310,000 small businesses</li><li>Revenue last year: 386 million crowns</li><li>Staff: about 1,100</li><li>Price range: 18 to 22 crowns per share</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>The Westmarch Shareholders' Association said the dual-class structure <i>falls short of best practice</i> but acknowledged that it would expire after five years. The listing will be open to retail investors through several online brokers.</p>",
            ),
        ],
    },
    {
        "slug": "calder-energy-approves-northreach-wind-farm",
        "section": "business",
        "headline": "Calder Energy approves 2.1bn-crown offshore wind farm off Northreach",
        "standfirst": "The Northreach Banks project will have 60 turbines and capacity to power about 800,000 homes, making it the largest renewable energy scheme in Westmarch.",
        "dateline": "Northreach",
        "authors": ["sofia-lindqvist"],
        "topics": ["energy", "climate"],
        "hours_ago": 165,
        "is_breaking": False,
        "image": {
            "title": "Wind turbines above Northreach",
            "caption": "Onshore wind turbines already line the hills above Northreach; the new offshore farm will be built about 35 km out to sea.",
            "agency": "Northlight Press",
            "photographer": "Kofi Marsh",
            "year": 2025,
            "alt": "Illustration: rolling hills beneath a wide sky and a bright sun, with small trees along a ridge.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>Calder Energy has given final approval to a 2.1 billion-crown offshore wind farm off the coast of Northreach, the largest renewable energy project ever undertaken in Westmarch.</p>",
            ),
            (
                "paragraph",
                "<p>The Northreach Banks wind farm will consist of 60 turbines with a combined capacity of 900 megawatts, enough to supply the annual electricity needs of about 800,000 homes. Construction of the foundations is due to begin next year, with the first power expected in 2029.</p>",
            ),
            (
                "quote",
                {
                    "text": "Northreach Banks will produce clean power for decades from a resource that will never run out. It is also a bet on the skills and the ports of the north.",
                    "attribution": "Anders Holt, chief executive of Calder Energy",
                },
            ),
            ("subheading", "Port and supply chain"),
            (
                "paragraph",
                "<p>The turbine blades and towers will be assembled at Northreach port, which is receiving 90 million crowns of public and private investment to strengthen its quays. Calder said the project would support about 1,200 jobs during construction and 120 permanent roles in operations and maintenance.</p>",
            ),
            (
                "paragraph",
                "<p>The company secured a 20-year contract with the state electricity buyer last year at a guaranteed price of 74 crowns per megawatt-hour. That price was higher than in previous auctions, reflecting increases in the cost of steel and financing, and some consumer groups argued it was too generous.</p>",
            ),
            (
                "paragraph",
                "<p>Environmental groups broadly welcomed the decision but urged Calder to monitor the effect on seabirds, particularly the colonies of puffins and kittiwakes on the nearby Skerrow Islands. The company said it had agreed a ten-year monitoring programme with the university at Northreach.</p>",
            ),
            (
                "paragraph",
                "<p>The project is also likely to feature in discussions about the proposed Northern Compact undersea cable, which would allow surplus power from northern wind farms to be exported to neighbouring countries.</p>",
            ),
        ],
    },
    {
        "slug": "inflation-falls-lowest-three-years",
        "section": "business",
        "headline": "Inflation falls to 2.9%, lowest in three years",
        "standfirst": "Cheaper fuel and smaller rises in food prices pushed the annual rate of inflation down from 3.4%, strengthening the case for an interest rate cut.",
        "dateline": "Caldport",
        "authors": ["sofia-lindqvist"],
        "topics": ["economy"],
        "hours_ago": 185,
        "is_breaking": False,
        "image": {
            "title": "Consumer prices index",
            "caption": "Annual inflation has fallen from a peak of 9.8% three years ago, according to the National Statistics Office.",
            "agency": "Gazette",
            "photographer": "Nina Sorensen",
            "year": 2026,
            "alt": "Illustration: an economic chart with a series of vertical bars, a line graph above them and a small pie chart.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Inflation in Westmarch fell to 2.9% in March, its lowest level in three years, according to figures published by the National Statistics Office.</p>",
            ),
            (
                "paragraph",
                "<p>The annual rate of increase in the consumer prices index was down from 3.4% in February and slightly below the 3.0% forecast by economists. The biggest contribution to the fall came from motor fuel, where prices were 6% lower than a year earlier, and from food, where inflation eased to 4.1%.</p>",
            ),
            (
                "quote",
                {
                    "text": "The long squeeze on household budgets is finally loosening. Prices are still much higher than they were, but they are no longer racing ahead of pay.",
                    "attribution": "Clara Voigt, chief economist at the Westmarch Chamber of Commerce",
                },
            ),
            ("subheading", "Services inflation still high"),
            (
                "paragraph",
                "<p>Not all the news was positive. Inflation in the services sector, which includes rents, restaurants and hairdressing, was unchanged at 4.6%. The Bank of Westmarch watches this measure closely because it is driven largely by wages and tends to be more persistent.</p>",
            ),
            (
                "paragraph",
                "<p>Average earnings are rising by about 4.8% a year, meaning that pay is growing faster than prices for the fourteenth month in a row. Rents in the private sector, however, are up 7.2% on a year earlier, with the sharpest increases in Caldport and Marlow Bay.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Inflation in March",
                    "text": "<ul><li>All items: 2.9% (February: 3.4%)</li><li>Food and non-alcoholic drinks: 4.1%</li><li>Motor fuel: minus 6.0%</li><li>Services: 4.6%</li><li>Private rents: 7.2%</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Finance Minister Marcus Hale said the figures showed the economy was <i>turning a corner</i>. Economists said the data made it more likely that the Bank of Westmarch would cut interest rates by the summer, although most expect it to wait at least until June.</p>",
            ),
        ],
        "corrections": [
            {
                "kind": "correction",
                "hours_after_publication": 3,
                "text": "An earlier version of this article gave the annual rate of food price inflation as 4.7%. The correct figure is 4.1%.",
            },
        ],
    },
    {
        "slug": "skylark-air-cabin-crew-vote-strike",
        "section": "business",
        "headline": "Skylark Air cabin crew vote to strike over rosters and rest periods",
        "standfirst": "More than four in five members who voted backed action, raising the prospect of disruption for travellers over the spring holiday unless a deal is reached.",
        "dateline": "Caldport",
        "authors": ["sofia-lindqvist"],
        "topics": ["economy"],
        "hours_ago": 235,
        "is_breaking": False,
        "image": {
            "title": "Evening departures from Caldport",
            "caption": "Skylark Air operates about 160 flights a day from Caldport airport, its main base.",
            "agency": "Atlas Frame Agency",
            "photographer": "Tomasz Wren",
            "year": 2025,
            "alt": "Illustration: a dusk sky above a dark silhouette of city buildings, some windows lit.",
            "scene": "skyline",
        },
        "body": [
            (
                "paragraph",
                "<p>Cabin crew at Skylark Air have voted to go on strike in a dispute over rosters and rest periods, their union announced, raising the prospect of cancellations during the busy spring holiday period.</p>",
            ),
            (
                "paragraph",
                "<p>The Cabin Crew Association said 84% of members who took part in the ballot had voted for strike action, on a turnout of 71%. About 2,300 crew members were eligible to vote. The union must give two weeks' notice of any action and has not yet announced dates.</p>",
            ),
            (
                "quote",
                {
                    "text": "Our members are not asking for the moon. They are asking to know their shifts more than a few days in advance and to get proper rest between long days.",
                    "attribution": "Kerry Mallon, general secretary of the Cabin Crew Association",
                },
            ),
            ("subheading", "Airline says rosters are fair"),
            (
                "paragraph",
                "<p>The dispute centres on a new rostering system introduced last year, which the union says has led to frequent last-minute changes and shorter rest periods between duties. Skylark Air says its rosters comply fully with aviation safety rules and that most changes are caused by disruption beyond its control, such as air traffic control delays.</p>",
            ),
            (
                "paragraph",
                "<p>In a statement, the airline said it was <i>disappointed</i> by the result and remained open to talks. It offered a pay rise of 4.5% earlier this year, which the union rejected as inadequate without changes to working patterns.</p>",
            ),
            (
                "paragraph",
                "<p>Skylark Air carried 9.4 million passengers last year and is the largest airline based in Westmarch. A strike lasting several days could cost it tens of millions of crowns, according to analysts, at a time when it is trying to rebuild profits after a difficult winter.</p>",
            ),
            (
                "paragraph",
                "<p>Passengers with bookings have been advised to check the airline's website. Under Westmarch's consumer rules, passengers whose flights are cancelled because of strikes by an airline's own staff are entitled to a refund or rebooking.</p>",
            ),
        ],
    },
    # ---------------------------------------------------------------- science
    {
        "slug": "halcyon-2-first-images-ardmor-ice-shelf",
        "section": "science",
        "headline": "First images from Halcyon-2 show cracks spreading across Ardmor ice shelf",
        "standfirst": "Test data from Westmarch's new climate satellite reveal a rift in the Antarctic ice shelf that has lengthened by 11 km since it was last surveyed, scientists say.",
        "dateline": "Caldport",
        "authors": ["priya-raman"],
        "topics": ["space", "climate"],
        "hours_ago": 5,
        "is_breaking": False,
        "image": {
            "title": "Ice shelf seen by Halcyon-2",
            "caption": "An artist's impression of the Ardmor ice shelf, where Halcyon-2's radar has measured a rift more than 40 km long.",
            "agency": "Westmarch Space Agency",
            "photographer": "Jonah Brightley",
            "year": 2026,
            "alt": "Illustration: snow-capped mountain ridges in receding layers under a pale, glowing sky.",
            "scene": "mountains",
        },
        "body": [
            (
                "paragraph",
                "<p>The first test images from Halcyon-2, the climate satellite launched by the Westmarch Space Agency four days ago, show that a large crack in the Ardmor ice shelf in West Antarctica has grown substantially over the past two years, scientists said.</p>",
            ),
            (
                "paragraph",
                "<p>Radar measurements taken during the satellite's first passes over the region indicate that the rift is now about 43 km long, 11 km longer than when it was last mapped by aircraft. The data also suggest that the ice near the front of the shelf has thinned by several metres.</p>",
            ),
            (
                "quote",
                {
                    "text": "We switched the instrument on to check that it worked. We did not expect the very first swath of data to show us something this significant.",
                    "attribution": "Dr Ilse Marchetti, Halcyon-2 mission scientist",
                },
            ),
            ("subheading", "Early days"),
            (
                "paragraph",
                "<p>The agency stressed that the satellite was still in its commissioning phase, during which engineers test each instrument and gradually adjust its orbit. Calibrated scientific data are not expected to be released until the autumn, and researchers cautioned that the early measurements could be revised.</p>",
            ),
            (
                "paragraph",
                "<p>Ice shelves are floating extensions of the glaciers that flow off the Antarctic continent. They do not raise sea levels directly when they break up, because they are already afloat, but they act as a brake on the ice behind them. When a shelf weakens, the glaciers it holds back can speed up and discharge more ice into the ocean.</p>",
            ),
            (
                "paragraph",
                "<p>Professor Rolf Sandberg, a glaciologist at the University of Caldport who is not part of the mission team, said the images were <i>a striking demonstration of what the satellite can do</i>. He said that, if the measurements were confirmed, a large section of the shelf could break away within the next few years.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Halcyon-2",
                    "text": "<ul><li>Operator: Westmarch Space Agency</li><li>Main instrument: a radar altimeter that measures the height of ice to within a few centimetres</li><li>Orbit: 720 km, passing over both poles</li><li>Planned mission: seven years</li></ul>",
                },
            ),
        ],
        "corrections": [
            {
                "kind": "update",
                "hours_after_publication": 3,
                "text": "This article has been updated to include the space agency's statement that the measurements are preliminary and may be revised once the instrument is fully calibrated.",
            },
        ],
    },
    {
        "slug": "ai-triage-trial-cuts-emergency-waits",
        "section": "science",
        "headline": "AI triage trial cuts emergency department waiting times by a fifth",
        "standfirst": "A six-month trial at St Brigid's Hospital in Marlow Bay found that software helping nurses prioritise patients reduced waits without missing serious cases, but doctors urge caution.",
        "dateline": "Marlow Bay",
        "authors": ["priya-raman"],
        "topics": ["health", "technology"],
        "hours_ago": 36,
        "is_breaking": False,
        "image": {
            "title": "Clinical research at St Brigid's",
            "caption": "The triage software was developed by clinicians at St Brigid's Hospital with engineers from the Kelsford Institute of Technology.",
            "agency": "Meridian Pictures",
            "photographer": "Sebastian Crane",
            "year": 2026,
            "alt": "Illustration: a bright laboratory with shelves of bottles, glassware holding coloured liquid on a bench and a hexagonal molecule diagram.",
            "scene": "laboratory",
        },
        "body": [
            (
                "paragraph",
                "<p>Software that helps nurses decide which emergency patients should be seen first reduced average waiting times by about a fifth during a six-month trial at a hospital in Marlow Bay, according to results published by the research team.</p>",
            ),
            (
                "paragraph",
                "<p>The system, known as TriageAssist, analyses information collected when a patient arrives, including vital signs, symptoms and medical history, and suggests a priority category. The final decision remains with the triage nurse, who can accept or override the suggestion.</p>",
            ),
            (
                "paragraph",
                "<p>During the trial at St Brigid's Hospital, which compared alternate weeks with and without the software, the median time from arrival to being seen by a clinician fell from 3 hours 50 minutes to 3 hours 5 minutes. Nurses accepted the system's suggestion in 87% of cases.</p>",
            ),
            (
                "quote",
                {
                    "text": "The software does not replace clinical judgement. What it does is take some of the load off nurses at the busiest moments, so they can spend more time with the patients who need them most.",
                    "attribution": "Dr Farah Chowdhury, consultant in emergency medicine at St Brigid's and lead author of the study",
                },
            ),
            ("subheading", "Safety questions"),
            (
                "paragraph",
                "<p>The researchers said there was no increase in the number of seriously ill patients who were initially given too low a priority. However, the trial was not large enough to detect rare errors, and the authors recommend a larger study across several hospitals before the system is used more widely.</p>",
            ),
            (
                "paragraph",
                "<p>Professor Anton Hale of the Westmarch College of Emergency Medicine said the results were promising but that the main cause of long waits was a shortage of beds elsewhere in hospitals. <i>Faster triage helps, but it does not create space on the wards</i>, he said.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "The trial in numbers",
                    "text": "<ul><li>Patients included: 41,600</li><li>Median wait without software: 3 hours 50 minutes</li><li>Median wait with software: 3 hours 5 minutes</li><li>Nurses accepted the suggested priority in 87% of cases</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>The health ministry said it would fund an extended trial at four further hospitals, including Kelsford General, beginning in the autumn.</p>",
            ),
        ],
    },
    {
        "slug": "new-antibiotic-compound-dunmere-peat",
        "section": "science",
        "headline": "New antibiotic compound found in bacteria from Dunmere peat bogs",
        "standfirst": "Researchers at the University of Caldport say the molecule killed several drug-resistant bacteria in laboratory tests, though any medicine is likely to be a decade away.",
        "dateline": "Caldport",
        "authors": ["priya-raman"],
        "topics": ["health"],
        "hours_ago": 60,
        "is_breaking": False,
        "image": {
            "title": "Culture samples in the laboratory",
            "caption": "Soil samples from the Dunmere bogs were screened for bacteria that produce compounds capable of killing other microbes.",
            "agency": "Northlight Press",
            "photographer": "Ada Fenwick",
            "year": 2026,
            "alt": "Illustration: a laboratory bench with flasks and test tubes of coloured liquid below shelves of jars.",
            "scene": "laboratory",
        },
        "body": [
            (
                "paragraph",
                "<p>Scientists at the University of Caldport have discovered a new antibiotic compound produced by bacteria living in the peat bogs of Dunmere, which in laboratory tests killed several strains of bacteria that are resistant to existing drugs.</p>",
            ),
            (
                "paragraph",
                "<p>The compound, which the team has named dunmericin, belongs to a class of molecules not previously known to have antibiotic properties. It appears to work by disrupting the outer membrane of bacterial cells, a mechanism that the researchers say may make it harder for bacteria to develop resistance.</p>",
            ),
            (
                "quote",
                {
                    "text": "Peat bogs are acidic, waterlogged and low in oxygen. Microbes that survive there have had to become very inventive, and some of that chemistry turns out to be useful to us.",
                    "attribution": "Professor Alasdair Kerr, who led the research",
                },
            ),
            ("subheading", "A long road to the clinic"),
            (
                "paragraph",
                "<p>In the study, published in the Journal of Microbial Discovery, dunmericin was effective against drug-resistant forms of <i>Staphylococcus aureus</i> and two other bacteria that commonly cause hospital infections. It also cleared infections in mice without obvious side effects at the doses tested.</p>",
            ),
            (
                "paragraph",
                "<p>The researchers emphasised that the work was at an early stage. Most compounds that show promise in the laboratory never become medicines, often because they prove toxic to humans or cannot be manufactured at scale. Professor Kerr estimated that, even if all went well, a drug based on dunmericin would take at least ten years to reach patients.</p>",
            ),
            (
                "paragraph",
                "<p>Antimicrobial resistance is one of the most serious threats to public health. Infections that no longer respond to common antibiotics are estimated to contribute to more than a million deaths worldwide each year, and very few new classes of antibiotic have been approved in recent decades.</p>",
            ),
            (
                "paragraph",
                "<p>The university has filed a patent application and is seeking a partner to take the compound through further testing. The project was funded by the national research council and a charitable foundation.</p>",
            ),
        ],
    },
    {
        "slug": "highlands-observatory-water-vapour-exoplanet",
        "section": "science",
        "headline": "Astronomers detect water vapour in the atmosphere of a distant planet",
        "standfirst": "Observations from the Westmarch Highlands Observatory suggest a planet about 120 light years away has a steamy atmosphere, though it is far too hot to support life as we know it.",
        "dateline": "Dunmere",
        "authors": ["priya-raman"],
        "topics": ["space"],
        "hours_ago": 85,
        "is_breaking": False,
        "image": {
            "title": "Night sky above the observatory",
            "caption": "The Westmarch Highlands Observatory sits at an altitude of 1,100 metres, above most of the moisture in the lower atmosphere.",
            "agency": "Atlas Frame Agency",
            "photographer": "Ingrid Tamm",
            "year": 2025,
            "alt": "Illustration: mountain ranges stacked one behind another, the highest peaks capped with snow.",
            "scene": "mountains",
        },
        "body": [
            (
                "paragraph",
                "<p>Astronomers using the main telescope at the Westmarch Highlands Observatory have detected water vapour in the atmosphere of a planet orbiting a star about 120 light years from Earth, in what they describe as the observatory's most important result since it opened.</p>",
            ),
            (
                "paragraph",
                "<p>The planet, catalogued as KOS-217b, is about two and a half times the diameter of Earth and orbits its star once every nine days. At that distance its surface temperature is thought to exceed 400C, meaning any water would exist only as steam.</p>",
            ),
            (
                "quote",
                {
                    "text": "Nobody should imagine oceans and forests. But every time we measure the atmosphere of a planet like this, we learn something about how planets form and what they are made of.",
                    "attribution": "Dr Mei-Lin Okafor, lead author of the study",
                },
            ),
            ("subheading", "How it was done"),
            (
                "paragraph",
                "<p>The team observed the planet as it passed in front of its star, when a tiny fraction of the starlight filters through the planet's atmosphere. Using a high-resolution spectrograph installed at the observatory three years ago, they identified the characteristic signature of water molecules in that light.</p>",
            ),
            (
                "paragraph",
                "<p>Detecting such signals from the ground is difficult because Earth's own atmosphere contains water vapour. The researchers used the planet's orbital motion, which shifts its signal slightly in wavelength, to separate it from the water in Earth's air. They observed the planet on six nights over two years.</p>",
            ),
            (
                "paragraph",
                "<p>The findings, published in the journal Astronomy Letters, will be tested further by space telescopes. Dr Okafor said the team had applied for observing time to search for other molecules, including carbon dioxide and methane, that could reveal more about the planet's chemistry.</p>",
            ),
            (
                "paragraph",
                "<p>The observatory, in the hills above Dunmere, is operated jointly by the University of Caldport and the Kelsford Institute of Technology. It hosts an open evening on the first Friday of each month.</p>",
            ),
        ],
    },
    {
        "slug": "halcyon-2-lifts-off-polar-ice",
        "section": "science",
        "headline": "Halcyon-2 climate satellite lifts off to map polar ice",
        "standfirst": "Westmarch's most ambitious space mission was launched from Kirrin Point, ten years after its predecessor and three years after that satellite fell silent.",
        "dateline": "Kirrin Point",
        "authors": ["priya-raman"],
        "topics": ["space", "climate"],
        "hours_ago": 98,
        "is_breaking": False,
        "image": {
            "title": "Launch day at Kirrin Point",
            "caption": "Spectators gathered on the headland at Kirrin Point to watch the Corvid-4 rocket carrying Halcyon-2 lift off shortly after sunrise.",
            "agency": "Westmarch Space Agency",
            "photographer": "Jonah Brightley",
            "year": 2026,
            "alt": "Illustration: a bright sun low over rolling fields and hills, with a few small trees on the horizon.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>Halcyon-2, a satellite designed to measure changes in the thickness of the world's polar ice, was launched successfully from the Kirrin Point spaceport at dawn, the Westmarch Space Agency said.</p>",
            ),
            (
                "paragraph",
                "<p>The Corvid-4 rocket lifted off at 6.42am local time. About 54 minutes later the satellite separated from the upper stage, and ground controllers in Caldport confirmed shortly afterwards that its solar panels had deployed and that it was communicating normally.</p>",
            ),
            (
                "quote",
                {
                    "text": "Years of work went into those 54 minutes. It is a very good morning for everyone who built this spacecraft, and for the scientists who have been waiting for its data.",
                    "attribution": "Dr Samuel Achterberg, director general of the Westmarch Space Agency",
                },
            ),
            ("subheading", "Filling a gap"),
            (
                "paragraph",
                "<p>The mission replaces Halcyon-1, which was launched in 2016 and stopped working in 2023 after a fault in its power system. Since then, scientists have relied on aircraft surveys and data from other countries' satellites to track changes in the ice sheets of Greenland and Antarctica.</p>",
            ),
            (
                "paragraph",
                "<p>Halcyon-2 carries an improved radar altimeter that can measure the height of the ice surface to within a few centimetres, as well as a second instrument that will measure the thickness of floating sea ice. Data from the satellite will be made freely available to researchers around the world.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Why measure ice from space?",
                    "text": "<p>The ice sheets of Greenland and Antarctica hold enough water to raise global sea levels by tens of metres. Satellites can measure changes in their height across millions of square kilometres, revealing where ice is being lost and how quickly. Those measurements feed directly into projections of future sea-level rise.</p>",
                },
            ),
            (
                "paragraph",
                "<p>The mission cost about 480 million crowns, including the launch. The satellite will spend around three months being tested before it begins routine scientific operations.</p>",
            ),
        ],
    },
    {
        "slug": "spring-warmest-on-record-weather-service",
        "section": "science",
        "headline": "March and April were the warmest on record, weather service says",
        "standfirst": "The National Meteorological Service says temperatures were nearly 2C above average, while rainfall was just over half the usual amount, worsening drought in the Tamsen valley.",
        "dateline": "Caldport",
        "authors": ["priya-raman"],
        "topics": ["climate"],
        "hours_ago": 130,
        "is_breaking": False,
        "image": {
            "title": "Dry fields in the Tamsen valley",
            "caption": "Fields near Ashby Vale in late April, after one of the driest springs since national records began in 1884.",
            "agency": "Meridian Pictures",
            "photographer": "Luis Moreno-Park",
            "year": 2026,
            "alt": "Illustration: rolling fields with ploughed furrows in the foreground under a hazy sun.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>March and April this year were the warmest since national records began in 1884, the National Meteorological Service said, with average temperatures nearly 2C above the long-term norm.</p>",
            ),
            (
                "paragraph",
                "<p>The mean temperature across Westmarch for the two months was 9.8C, 1.9C above the 1991 to 2020 average and 0.4C higher than the previous record, set in 2020. Rainfall was 58% of the average, making it the sixth-driest start to spring on record.</p>",
            ),
            (
                "quote",
                {
                    "text": "Individual seasons will always vary, but the direction of travel is clear. Warm springs that would once have been extraordinary are becoming ordinary.",
                    "attribution": "Dr Yusuf Carrow, head of climate services at the National Meteorological Service",
                },
            ),
            ("subheading", "Drought concerns"),
            (
                "paragraph",
                "<p>The dry conditions have been most severe in the south-east and in the Tamsen valley, where river levels are at their lowest for the time of year in three decades. The environment agency has moved four regions into drought status and asked water companies to prepare contingency plans for the summer.</p>",
            ),
            (
                "paragraph",
                "<p>Farmers say the combination of warmth and dry soil has caused some crops to develop early and others to struggle to establish. The National Farmers' Federation said yields of spring barley could be significantly reduced if rain did not arrive within weeks.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Spring so far",
                    "text": "<ul><li>Mean temperature, March and April: 9.8C</li><li>Difference from 1991 to 2020 average: +1.9C</li><li>Rainfall: 58% of average</li><li>Sunshine: 131% of average</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Scientists said the warmth was consistent with the long-term warming trend, amplified this year by persistent high pressure over the region. The weather service's seasonal outlook suggests a greater than usual chance of a warmer than average summer.</p>",
            ),
        ],
    },
    {
        "slug": "halcyon-2-cleared-for-launch",
        "section": "science",
        "headline": "Halcyon-2 satellite cleared for launch after final checks",
        "standfirst": "Engineers at Kirrin Point have fuelled the climate satellite and attached it to its rocket, with lift-off planned within two days if the weather holds.",
        "dateline": "Kirrin Point",
        "authors": ["priya-raman"],
        "topics": ["space", "climate"],
        "hours_ago": 145,
        "is_breaking": False,
        "image": {
            "title": "Satellite integration at Kirrin Point",
            "caption": "Engineers completed the final checks on Halcyon-2 in the clean room at Kirrin Point before it was enclosed in the rocket's nose cone.",
            "agency": "Westmarch Space Agency",
            "photographer": "Jonah Brightley",
            "year": 2026,
            "alt": "Illustration: a clean laboratory with glass flasks and test tubes on a bench, neatly stacked shelves and a molecule diagram.",
            "scene": "laboratory",
        },
        "body": [
            (
                "paragraph",
                "<p>The Westmarch Space Agency has cleared its Halcyon-2 climate satellite for launch after a final review, setting the stage for lift-off from Kirrin Point within two days.</p>",
            ),
            (
                "paragraph",
                "<p>The 1.3-tonne spacecraft has been fuelled and mounted on top of a Corvid-4 rocket, and the agency said all systems had passed their final tests. The launch window opens at 6.42am in two days' time, with backup opportunities on each of the following five days.</p>",
            ),
            (
                "quote",
                {
                    "text": "The spacecraft is ready, the rocket is ready and the team is ready. Now we just need the wind to cooperate.",
                    "attribution": "Karin Delacroix, Halcyon-2 project manager",
                },
            ),
            (
                "paragraph",
                "<p>Kirrin Point, on the country's northern coast, has hosted only a handful of orbital launches since it opened, and the mission is an important test for the spaceport as it seeks commercial customers. High winds delayed the last launch there by three days.</p>",
            ),
            ("subheading", "A difficult history"),
            (
                "paragraph",
                "<p>The mission has been more than a decade in the making. Its predecessor, Halcyon-1, produced a valuable record of changes in polar ice until a power fault ended its mission in 2023, two years earlier than planned. The replacement was delayed by supply chain problems during its construction and by a redesign of its solar panels.</p>",
            ),
            (
                "paragraph",
                "<p>Scientists say the gap in measurements has been frustrating. <i>The ice does not stop changing while we wait for a new satellite</i>, said Dr Ilse Marchetti, the mission scientist. <i>Every year without our own data is a year we have to piece together from other sources.</i></p>",
            ),
            (
                "paragraph",
                "<p>The agency will broadcast the launch live on its website, beginning an hour before lift-off.</p>",
            ),
        ],
    },
    {
        "slug": "alzheimers-blood-test-early-detection-trial",
        "section": "science",
        "headline": "Blood test spots early signs of Alzheimer's years before symptoms, trial finds",
        "standfirst": "A study of 2,400 people at Marlow Bay Medical School found a simple blood test was about 91% accurate at identifying changes in the brain linked to the disease.",
        "dateline": "Marlow Bay",
        "authors": ["priya-raman"],
        "topics": ["health"],
        "hours_ago": 175,
        "is_breaking": False,
        "image": {
            "title": "Blood samples at Marlow Bay Medical School",
            "caption": "Blood samples from trial participants were analysed at Marlow Bay Medical School's dementia research unit.",
            "agency": "Northlight Press",
            "photographer": "Ada Fenwick",
            "year": 2026,
            "alt": "Illustration: a laboratory with rows of bottles on shelves and coloured liquids in flasks and slim test tubes.",
            "scene": "laboratory",
        },
        "body": [
            (
                "paragraph",
                "<p>A blood test can identify early brain changes associated with Alzheimer's disease with about 91% accuracy, according to a new study, raising hopes that people at risk could be identified years before they develop memory problems.</p>",
            ),
            (
                "paragraph",
                "<p>Researchers at Marlow Bay Medical School tested blood samples from 2,400 people aged between 55 and 80, most of whom had no symptoms of dementia. The test measures levels of a particular form of the tau protein, which builds up in the brains of people with Alzheimer's.</p>",
            ),
            (
                "paragraph",
                "<p>The results were compared with brain scans and samples of spinal fluid, the current methods used to confirm the disease. The blood test correctly identified 91% of those whose scans showed Alzheimer's-related changes and correctly ruled out 89% of those who did not.</p>",
            ),
            (
                "quote",
                {
                    "text": "Today, many people are diagnosed only when the disease is already well advanced. A reliable blood test could change that, and with it the point at which treatment begins.",
                    "attribution": "Professor Helena Rask, who led the study",
                },
            ),
            ("subheading", "Not yet for routine use"),
            (
                "paragraph",
                "<p>The researchers and independent experts cautioned that the test was not yet ready for routine use. It performed less well in people with kidney disease, which can affect protein levels in the blood, and the study included relatively few people from minority ethnic backgrounds.</p>",
            ),
            (
                "paragraph",
                "<p>There is also debate about the benefits of early diagnosis while treatments remain limited. Dr Owen Petrakis of the charity Dementia Westmarch said early detection could help people plan and join clinical trials, but that it was essential that anyone offered the test received proper counselling.</p>",
            ),
            (
                "paragraph",
                "<p>The health ministry's medicines advisory body said it would review the evidence. The team at Marlow Bay is now running a follow-up study to test whether the blood test can be used reliably in family doctors' surgeries.</p>",
            ),
        ],
    },
    {
        "slug": "maravelle-coral-reefs-recovering",
        "section": "science",
        "headline": "Coral on Maravelle's reefs recovering faster than expected after bleaching",
        "standfirst": "A five-year survey found that living coral cover has more than doubled since a marine heatwave in 2020, but scientists warn the recovery remains fragile.",
        "dateline": "Port Celano",
        "authors": ["priya-raman"],
        "topics": ["climate"],
        "hours_ago": 220,
        "is_breaking": False,
        "image": {
            "title": "Research boat off Maravelle",
            "caption": "Divers from the Maravelle Fisheries Institute surveyed 48 sites along the island's northern and western reefs.",
            "agency": "Harbourline Images",
            "photographer": "Rosalind Yip",
            "year": 2025,
            "alt": "Illustration: small sailing boats on calm, rippled water, with cranes on a quay and low hills in the distance.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>Coral reefs around the island state of Maravelle are recovering from a severe bleaching event more quickly than scientists had expected, according to a five-year study published in the journal Reef Ecology.</p>",
            ),
            (
                "paragraph",
                "<p>Surveys at 48 sites found that living coral covered an average of 27% of the reef surface last year, up from 12% immediately after a marine heatwave in 2020 killed large areas of coral. Before the heatwave, cover had been about 35%.</p>",
            ),
            (
                "quote",
                {
                    "text": "We went back year after year expecting to see slow progress, and instead we found young corals everywhere. These reefs are more resilient than we gave them credit for, but resilience has limits.",
                    "attribution": "Dr Amara Sefton, marine biologist at the University of Caldport and co-author of the study",
                },
            ),
            ("subheading", "Why these reefs bounced back"),
            (
                "paragraph",
                "<p>The researchers attribute the recovery partly to the reefs' relatively good water quality and to a 2018 ban on fishing for parrotfish, which graze on the seaweed that can otherwise smother young corals. Reefs in protected areas recovered about twice as fast as those that remained open to fishing.</p>",
            ),
            (
                "paragraph",
                "<p>However, much of the new growth is made up of fast-growing branching corals, which are more vulnerable to heat stress and storm damage than the slower-growing massive corals that were lost. The authors warn that another severe heatwave within the next few years could reverse much of the progress.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "What is coral bleaching?",
                    "text": "<p>Corals get much of their food from tiny algae that live inside their tissues. When the water becomes too warm, the algae are expelled and the coral turns white. If temperatures fall quickly enough the coral can recover, but prolonged heat causes it to starve and die.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Maravelle's fisheries minister said the findings supported the government's plan to extend marine protected areas to cover a third of its coastal waters by 2030.</p>",
            ),
        ],
    },
    # ------------------------------------------------------------------ sport
    {
        "slug": "caldport-rovers-win-title-final-day",
        "section": "sport",
        "headline": "Caldport Rovers win Premier Division title on dramatic final day",
        "standfirst": "Jonah Pryce's stoppage-time winner at Kelsford United, combined with Marlow Bay Athletic's draw against Tarrow City, gave Rovers their first league title in 17 years.",
        "dateline": "Kelsford",
        "authors": ["tom-everett"],
        "topics": ["football"],
        "hours_ago": 3,
        "is_breaking": False,
        "image": {
            "title": "Floodlights at Kelsford United's Foundry Road",
            "caption": "Caldport Rovers players and supporters celebrated on the pitch at Foundry Road after the final whistle confirmed them as champions.",
            "agency": "Meridian Pictures",
            "photographer": "Daniel Achebe",
            "year": 2026,
            "alt": "Illustration: a floodlit football stadium at night, with a striped green pitch, white markings and crowded stands.",
            "scene": "stadium",
        },
        "body": [
            (
                "paragraph",
                "<p>Caldport Rovers are champions of the Premier Division for the first time since 2009 after Jonah Pryce scored in the third minute of stoppage time to secure a 2-1 win at Kelsford United on a final day that swung back and forth until the very last kick.</p>",
            ),
            (
                "paragraph",
                "<p>Rovers began the afternoon a point behind Marlow Bay Athletic, knowing that they needed to better their rivals' result. For long spells it appeared that the title would go to the coast: Athletic led Tarrow City through an early goal from Sami Rautio, while Rovers were held at 1-1 at Foundry Road after Kelsford's captain, Declan Moss, cancelled out Luca Devlin's first-half header.</p>",
            ),
            ("subheading", "Two goals, two grounds"),
            (
                "paragraph",
                "<p>The decisive moments came within six minutes of each other. Tarrow's substitute Idris Kamara equalised against Athletic with a deflected shot in the 87th minute, and news of the goal spread through the away end at Foundry Road. Moments later Pryce, who had missed a penalty earlier in the match, turned inside his marker and drove a low shot into the far corner.</p>",
            ),
            (
                "quote",
                {
                    "text": "I have been in football for 30 years and I have never felt anything like those last five minutes. These players never stopped believing, even when I was starting to wonder.",
                    "attribution": "Niall Brody, Caldport Rovers manager",
                },
            ),
            (
                "paragraph",
                "<p>Rovers finish on 82 points, one ahead of Marlow Bay Athletic, who had been top with a game to play. Athletic's manager, Carla Jensen, said her players had <i>given absolutely everything</i> and that she was proud of a team that had been tipped to finish in mid-table before the season.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Final top three",
                    "text": "<ul><li>1. Caldport Rovers: played 38, 82 points</li><li>2. Marlow Bay Athletic: played 38, 81 points</li><li>3. Tarrow City: played 38, 70 points</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Pryce's goal was his 23rd in the league this season, making him the division's top scorer. The 22-year-old, who came through the Rovers academy, said he had <i>just tried to forget about the penalty</i>.</p>",
            ),
            (
                "paragraph",
                "<p>Rovers will parade the trophy through the centre of Caldport on an open-top bus early next week. Both they and Athletic qualify for next season's continental club competition.</p>",
            ),
        ],
    },
    {
        "slug": "lindgren-seals-tour-of-the-highlands",
        "section": "sport",
        "headline": "Lindgren seals Tour of the Highlands victory on the streets of Caldport",
        "standfirst": "Elias Lindgren became the first home rider to win the eight-day race in 12 years, finishing 38 seconds ahead of Sarrenia's Matteo Soler.",
        "dateline": "Caldport",
        "authors": ["tom-everett"],
        "topics": ["olympic-sports"],
        "hours_ago": 45,
        "is_breaking": False,
        "image": {
            "title": "Final stage into Caldport",
            "caption": "The peloton passed through the Dunmere hills on the final stage before ten laps of a city-centre circuit in Caldport.",
            "agency": "Atlas Frame Agency",
            "photographer": "Tomasz Wren",
            "year": 2026,
            "alt": "Illustration: rolling hills under a summer sun, with scattered trees along a ridge.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>Elias Lindgren has won the Tour of the Highlands, becoming the first rider from Westmarch to take the title since 2014, after safely negotiating the final stage into Caldport.</p>",
            ),
            (
                "paragraph",
                "<p>The 26-year-old from Northreach, who rides for the Cairnvale team, finished the eight-day race 38 seconds ahead of Sarrenia's Matteo Soler and 1 minute 12 seconds clear of the Lindmark rider Henrik Aas in third. The final stage, a 142 km run from Dunmere that concluded with ten laps of the city centre, was won in a sprint by the Sarrenian Luca Ferrante.</p>",
            ),
            (
                "quote",
                {
                    "text": "I grew up watching this race go past the end of my road. To stand on the podium in Caldport with my family in the crowd is something I will remember for the rest of my life.",
                    "attribution": "Elias Lindgren",
                },
            ),
            ("subheading", "Built on the Scarth Pass"),
            (
                "paragraph",
                "<p>Lindgren's victory was founded on the fifth stage, when he attacked on the final climb of the Scarth Pass to win alone and take the leader's jersey. He defended it with the help of a strong Cairnvale team through two hilly stages and a time trial, in which he lost only three seconds to Soler.</p>",
            ),
            (
                "paragraph",
                "<p>Soler was gracious in defeat. <i>Elias was the strongest rider this week</i>, he said. <i>I tried everything in the time trial but it was not enough.</i></p>",
            ),
            (
                "paragraph",
                "<p>An estimated 150,000 spectators lined the roads over the final weekend, according to the organisers, who said attendance had been the highest in the race's 41-year history. The Cairnvale team director, Marit Solberg, said Lindgren would now target a stage win at one of the sport's three-week races later in the season.</p>",
            ),
            (
                "paragraph",
                "<p>In the women's race, which concluded a day earlier, Sarrenia's Giulia Mancini won the overall title for the second year running.</p>",
            ),
        ],
    },
    {
        "slug": "castell-wins-first-home-title-caldport-open",
        "section": "sport",
        "headline": "Castell wins first home title at Caldport Open",
        "standfirst": "Mira Castell beat Beatriz Calloway 6-3, 6-4 in front of a sell-out crowd to become the first Westmarch player to win the tournament in almost 20 years.",
        "dateline": "Caldport",
        "authors": ["tom-everett"],
        "topics": ["olympic-sports"],
        "hours_ago": 48,
        "is_breaking": False,
        "image": {
            "title": "Centre Court at the Caldport Open",
            "caption": "Mira Castell lifted the trophy on Centre Court at the Riverside Tennis Club after a final lasting 1 hour 24 minutes.",
            "agency": "Meridian Pictures",
            "photographer": "Daniel Achebe",
            "year": 2026,
            "alt": "Illustration: a featureless head-and-shoulders silhouette against warm, blurred circles of light.",
            "scene": "portrait",
        },
        "body": [
            (
                "paragraph",
                "<p>Mira Castell won the Caldport Open, beating Beatriz Calloway 6-3, 6-4 in the final to become the first Westmarch player to win the tournament since 2007.</p>",
            ),
            (
                "paragraph",
                "<p>The 23-year-old, seeded sixth, broke serve in the opening game and never trailed, winning 78% of points on her first serve. Calloway, the American-born Lindmark player who had not dropped a set all week, saved three match points before Castell sealed victory with a forehand winner down the line.</p>",
            ),
            (
                "quote",
                {
                    "text": "I used to come here as a little girl and queue for autographs. To win it in front of my family and this crowd, I do not really have the words yet.",
                    "attribution": "Mira Castell",
                },
            ),
            ("subheading", "Rising up the rankings"),
            (
                "paragraph",
                "<p>The title, the second of Castell's career and the biggest, is expected to lift her from 31st to around 22nd in the world rankings, the highest position reached by a Westmarch woman in more than a decade. It also means she is likely to be seeded at the next major championship.</p>",
            ),
            (
                "paragraph",
                "<p>Her coach, Paul Rennick, said the win was the result of two years of work on her movement and serve. <i>She has always had the shots</i>, he said. <i>What has changed is that she now believes she belongs with the best players in the world.</i></p>",
            ),
            (
                "paragraph",
                "<p>Calloway, ranked 18th, said she had been outplayed. <i>She served brilliantly and she was braver than me on the big points</i>, she said.</p>",
            ),
            (
                "paragraph",
                "<p>Earlier, the doubles title was won by the Sarrenian pair Elena Moretti and Ana Sousa, who beat the top seeds in a deciding match tie-break. Organisers said a record 64,000 spectators attended across the week.</p>",
            ),
        ],
    },
    {
        "slug": "castell-reaches-caldport-open-final",
        "section": "sport",
        "headline": "Castell reaches Caldport Open final after three-set win over second seed",
        "standfirst": "The home favourite came from a set down to beat Lotte van Arden and will face Beatriz Calloway for the title.",
        "dateline": "Caldport",
        "authors": ["tom-everett"],
        "topics": ["olympic-sports"],
        "hours_ago": 72,
        "is_breaking": False,
        "image": {
            "title": "Semi-final day at Riverside",
            "caption": "Mira Castell celebrates winning a long rally during the third set of her semi-final against Lotte van Arden.",
            "agency": "Gazette",
            "photographer": "Ada Fenwick",
            "year": 2026,
            "alt": "Illustration: an anonymous figure shown from the shoulders up against a softly blurred background.",
            "scene": "portrait",
        },
        "body": [
            (
                "paragraph",
                "<p>Mira Castell will play in the final of the Caldport Open after coming from a set down to beat the second seed, Lotte van Arden, 4-6, 6-3, 7-5 in a semi-final lasting two and a half hours.</p>",
            ),
            (
                "paragraph",
                "<p>Castell, the sixth seed and the last home player in the draw, looked tense in the opening set and was broken twice. She steadied in the second, attacking Van Arden's second serve and coming forward to the net more often, and levelled the match with a run of five consecutive games.</p>",
            ),
            (
                "paragraph",
                "<p>The deciding set was tight until 5-5, when Castell broke with a backhand passing shot that brought the crowd to its feet. She then served out the match, saving one break point with a second serve ace.</p>",
            ),
            (
                "quote",
                {
                    "text": "In the first set I was playing the occasion rather than the opponent. The crowd got me through it. I could hear them on every point.",
                    "attribution": "Mira Castell",
                },
            ),
            ("subheading", "Calloway awaits"),
            (
                "paragraph",
                "<p>In the final Castell will face Beatriz Calloway, who beat the unseeded qualifier Hana Petrak 6-2, 6-1 in just over an hour. Calloway has won both previous meetings between the two players, most recently on a hard court earlier this year.</p>",
            ),
            (
                "paragraph",
                "<p>Van Arden, who won the tournament two years ago, said she had been troubled by a wrist injury in the later stages but declined to make excuses. <i>She deserved it</i>, she said. <i>She played the big points better.</i></p>",
            ),
            (
                "paragraph",
                "<p>The final will be played on Centre Court tomorrow at 2pm and will be broadcast live. Tickets sold out within minutes of the semi-final ending, the organisers said.</p>",
            ),
        ],
    },
    {
        "slug": "marlow-bay-athletic-reclaim-top-spot",
        "section": "sport",
        "headline": "Marlow Bay Athletic reclaim top spot with 3-0 win over Northreach",
        "standfirst": "Carla Jensen's side moved a point clear of Caldport Rovers, who were held to a goalless draw by Eastholm Town, setting up a final-day decider.",
        "dateline": "Marlow Bay",
        "authors": ["tom-everett"],
        "topics": ["football"],
        "hours_ago": 105,
        "is_breaking": False,
        "image": {
            "title": "Harbour End at Marlow Bay",
            "caption": "Marlow Bay Athletic supporters in the Harbour End celebrated the third goal, scored by Sami Rautio with ten minutes remaining.",
            "agency": "Harbourline Images",
            "photographer": "Rosalind Yip",
            "year": 2026,
            "alt": "Illustration: a stadium at night, with four floodlights glowing above tiers of spectators and a green pitch.",
            "scene": "stadium",
        },
        "body": [
            (
                "paragraph",
                "<p>Marlow Bay Athletic returned to the top of the Premier Division with a commanding 3-0 win over Northreach FC, while their title rivals Caldport Rovers were frustrated in a goalless draw at Eastholm Town.</p>",
            ),
            (
                "paragraph",
                "<p>The results leave Athletic on 80 points with one match remaining, a point ahead of Rovers. Athletic will host Tarrow City on the final day, while Rovers travel to Kelsford United. All final-day matches kick off at the same time.</p>",
            ),
            ("subheading", "Athletic in control"),
            (
                "paragraph",
                "<p>Athletic took the lead after 17 minutes when the full-back Noah Adeyinka met a corner at the near post. Oskar Lind added a second with a curling shot from the edge of the area shortly before half-time, and the Lindmark forward Sami Rautio completed the scoring late on.</p>",
            ),
            (
                "quote",
                {
                    "text": "We have done our job. Now we go into the last game knowing that if we win, nobody can catch us. That is all you can ask for.",
                    "attribution": "Carla Jensen, Marlow Bay Athletic manager",
                },
            ),
            (
                "paragraph",
                "<p>At Eastholm, Rovers dominated possession but struggled to break down a well-organised home defence. Their best chance fell to Jonah Pryce, whose header was tipped over by the Eastholm goalkeeper, Tomasz Rudnik, in the second half.</p>",
            ),
            (
                "paragraph",
                "<p>Rovers manager Niall Brody said the title race was <i>not over by a long way</i>. <i>A week ago everyone said it was ours. Now everyone will say it is theirs. It will be decided on the pitch, not in the newspapers</i>, he said.</p>",
            ),
            (
                "paragraph",
                "<p>At the bottom of the table, Dunmere Rangers were relegated after a 2-0 defeat at home to Kelsford United, ending a three-season stay in the top flight.</p>",
            ),
        ],
    },
    {
        "slug": "lindgren-wins-queen-stage-tour-highlands",
        "section": "sport",
        "headline": "Lindgren wins queen stage on the Scarth Pass to take Tour of the Highlands lead",
        "standfirst": "The Northreach rider attacked 6 km from the summit finish to win alone and move 41 seconds clear of Matteo Soler with three stages remaining.",
        "dateline": "Scarth Pass",
        "authors": ["tom-everett"],
        "topics": ["olympic-sports"],
        "hours_ago": 115,
        "is_breaking": False,
        "image": {
            "title": "The climb to the Scarth Pass",
            "caption": "The road to the Scarth Pass climbs 1,050 metres in 14 km and is the highest summit finish in the race's history.",
            "agency": "Atlas Frame Agency",
            "photographer": "Tomasz Wren",
            "year": 2026,
            "alt": "Illustration: steep, layered mountain ridges with snow caps on the highest peaks.",
            "scene": "mountains",
        },
        "body": [
            (
                "paragraph",
                "<p>Elias Lindgren took control of the Tour of the Highlands with a solo victory on the fifth stage, the race's queen stage, which finished at the summit of the Scarth Pass.</p>",
            ),
            (
                "paragraph",
                "<p>The Cairnvale rider attacked from a group of seven favourites 6 km from the top of the final climb and steadily pulled away, crossing the line 34 seconds ahead of Matteo Soler of Sarrenia. With time bonuses, Lindgren leads the overall standings by 41 seconds with three stages to go.</p>",
            ),
            (
                "quote",
                {
                    "text": "We planned this stage all winter. I knew that if I waited for the last two kilometres I would be racing against the sprinters' legs, so I went early and hoped.",
                    "attribution": "Elias Lindgren",
                },
            ),
            ("subheading", "A brutal day"),
            (
                "paragraph",
                "<p>The 186 km stage from Ashby Vale included four categorised climbs and was raced in temperatures above 25C. A breakaway of 11 riders built a lead of more than six minutes but was caught on the lower slopes of the Scarth Pass, where the Cairnvale team set a fierce pace.</p>",
            ),
            (
                "paragraph",
                "<p>The overnight leader, Luca Ferrante, lost more than eight minutes and surrendered the yellow and blue jersey. Henrik Aas of Lindmark finished third on the stage and moved up to third overall.</p>",
            ),
            (
                "paragraph",
                "<p>Soler insisted the race was not over. <i>Forty seconds is not nothing, but there is still the time trial</i>, he said. The 28 km individual time trial on the seventh stage is seen as the last real opportunity for the overall contenders to change the order before the finish in Caldport.</p>",
            ),
            (
                "paragraph",
                "<p>Lindgren is bidding to become the first Westmarch winner of the race since 2014.</p>",
            ),
        ],
        "corrections": [
            {
                "kind": "correction",
                "hours_after_publication": 11,
                "text": "An earlier version of this report gave the length of the stage as 168 km. It was 186 km.",
            },
        ],
    },
    {
        "slug": "adaeze-morrow-breaks-national-1500m-record",
        "section": "sport",
        "headline": "Adaeze Morrow breaks national 1500m record at Kelsford Grand Prix",
        "standfirst": "The 24-year-old ran 3min 58.41sec to take more than a second off a record that had stood for 15 years, and secure her place at the world championships.",
        "dateline": "Kelsford",
        "authors": ["tom-everett"],
        "topics": ["olympic-sports"],
        "hours_ago": 155,
        "is_breaking": False,
        "image": {
            "title": "Evening session at Kelsford",
            "caption": "Adaeze Morrow takes the lead on the final lap of the 1500m at the Kelsford Grand Prix.",
            "agency": "Northlight Press",
            "photographer": "Peter Okonkwo-Hale",
            "year": 2026,
            "alt": "Illustration: a floodlit stadium at night, stands full of spectators around a green field.",
            "scene": "stadium",
        },
        "body": [
            (
                "paragraph",
                "<p>Adaeze Morrow broke the Westmarch women's 1500m record at the Kelsford Grand Prix, running 3min 58.41sec to win one of the strongest races ever held in the country.</p>",
            ),
            (
                "paragraph",
                "<p>Morrow, 24, took more than a second off the previous record of 3:59.87, set by Rosa Ibbotson in 2011. She sat in third place behind the pacemakers for the first two laps before moving to the front with 500 metres remaining and holding off a late challenge from Lindmark's Freya Nyholm.</p>",
            ),
            (
                "quote",
                {
                    "text": "I saw the clock coming down the home straight and I could not believe it. I have been looking at that record on my bedroom wall since I was 14.",
                    "attribution": "Adaeze Morrow",
                },
            ),
            ("subheading", "World championships beckon"),
            (
                "paragraph",
                "<p>The time is well inside the qualifying standard for this summer's world championships and ranks Morrow among the ten fastest women in the world this year. She had previously run 4:01.22, set when finishing fifth at the continental championships last summer.</p>",
            ),
            (
                "paragraph",
                "<p>Her coach, the former steeplechaser Conor Weir, said Morrow had benefited from a winter of altitude training in Sarrenia. <i>She has always had speed. Now she has the strength to use it at the end of a hard race</i>, he said.</p>",
            ),
            (
                "paragraph",
                "<p>Ibbotson, now a commentator, was in the stadium to see her record fall. <i>Records are there to be broken, and I could not be happier that it is Adaeze</i>, she said.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "Other winners at Kelsford",
                    "text": "<ul><li>Men's 100m: Kwame Asante, 10.09sec</li><li>Women's long jump: Elin Marsh, 6.81m</li><li>Men's 5,000m: Tobias Reyes, 13min 12.55sec</li><li>Women's 400m hurdles: Imogen Pryde, 54.30sec</li></ul>",
                },
            ),
            (
                "paragraph",
                "<p>Morrow will race next at the Halvik meeting in three weeks' time.</p>",
            ),
        ],
    },
    {
        "slug": "caldport-rovers-go-top-late-winner-tarrow",
        "section": "sport",
        "headline": "Caldport Rovers go top after late winner against Tarrow City",
        "standfirst": "Jonah Pryce struck two minutes from time to give Rovers a 2-1 victory and a one-point lead over Marlow Bay Athletic with two matches remaining.",
        "dateline": "Caldport",
        "authors": ["tom-everett"],
        "topics": ["football"],
        "hours_ago": 195,
        "is_breaking": False,
        "image": {
            "title": "Rovers' home ground under floodlights",
            "caption": "Caldport Rovers supporters had been waiting all season to see their side top the table, and the late goal prompted wild celebrations at Wharf Lane.",
            "agency": "Meridian Pictures",
            "photographer": "Daniel Achebe",
            "year": 2026,
            "alt": "Illustration: a night-time stadium with glowing floodlights, packed stands and a striped green pitch marked in white.",
            "scene": "stadium",
        },
        "body": [
            (
                "paragraph",
                "<p>Caldport Rovers moved to the top of the Premier Division for the first time this season after Jonah Pryce's 88th-minute goal gave them a 2-1 win over Tarrow City at Wharf Lane.</p>",
            ),
            (
                "paragraph",
                "<p>The victory takes Rovers to 78 points, one ahead of Marlow Bay Athletic, who lost 1-0 away at Kelsford United earlier in the day. With two matches remaining, Rovers know that two more wins would bring them a first league title since 2009.</p>",
            ),
            ("subheading", "Nervy afternoon"),
            (
                "paragraph",
                "<p>Rovers had taken the lead after 12 minutes through their captain, Luca Devlin, who headed in a free-kick from the left. But Tarrow, who are comfortably in third place, equalised shortly after half-time when Idris Kamara finished a swift counter-attack, and for long periods looked the more likely winners.</p>",
            ),
            (
                "paragraph",
                "<p>With the home crowd growing anxious, Pryce collected a pass from the substitute Anton Keel, cut inside and curled a shot beyond the reach of the Tarrow goalkeeper. It was the 22-year-old's 22nd league goal of the season.</p>",
            ),
            (
                "quote",
                {
                    "text": "It is nice to be top, but it means nothing unless we are still there in a fortnight. We have two cup finals left, and we will treat them that way.",
                    "attribution": "Niall Brody, Caldport Rovers manager",
                },
            ),
            (
                "paragraph",
                "<p>Tarrow City's manager, Andreas Holm, said his side had deserved at least a point. <i>We were the better team for 40 minutes of the second half, and we gave away a goal we should never concede</i>, he said.</p>",
            ),
            (
                "paragraph",
                "<p>Rovers play away at Eastholm Town next weekend before finishing the season at Kelsford United. Athletic host Northreach FC and then Tarrow City.</p>",
            ),
        ],
    },
    {
        "slug": "womens-premier-division-approves-salary-cap",
        "section": "sport",
        "headline": "Women's Premier Division approves salary cap to protect smaller clubs",
        "standfirst": "Clubs voted ten to two to limit spending on wages to 70% of revenue from next season, alongside a new minimum salary for players.",
        "dateline": "Caldport",
        "authors": ["tom-everett"],
        "topics": ["football"],
        "hours_ago": 228,
        "is_breaking": False,
        "image": {
            "title": "Women's Premier Division revenues",
            "caption": "Combined revenue for the 12 Women's Premier Division clubs has roughly tripled over the past five seasons, according to the league.",
            "agency": "Gazette",
            "photographer": "Felix Araujo",
            "year": 2026,
            "alt": "Illustration: a bar chart on a grid with a line graph running across it and a small pie chart.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Clubs in the Women's Premier Division have voted to introduce a salary cap from next season, limiting the amount each club can spend on player wages to 70% of its revenue.</p>",
            ),
            (
                "paragraph",
                "<p>The measure was approved by ten votes to two at a meeting of the league's 12 clubs. It will be accompanied by a minimum annual salary of 32,000 crowns for senior players on full-time contracts, an increase of about 40% on the current typical minimum.</p>",
            ),
            (
                "quote",
                {
                    "text": "The women's game is growing fast, and that is brilliant. But we have seen in other sports what happens when clubs spend money they do not have. This is about making sure the growth lasts.",
                    "attribution": "Hannah Levitt, chief executive of the Women's Premier Division",
                },
            ),
            ("subheading", "Concerns from the top"),
            (
                "paragraph",
                "<p>The two clubs that voted against, understood to be Caldport Rovers Women and Marlow Bay Athletic Women, have the largest budgets in the league and receive substantial support from their men's clubs. They argued that the cap could make it harder to attract international players and compete in continental competitions.</p>",
            ),
            (
                "paragraph",
                "<p>Under the rules, money provided by a parent club will count as revenue only up to a certain limit, to prevent wealthy owners from simply increasing contributions to get around the cap. Clubs that breach the limit will face points deductions.</p>",
            ),
            (
                "paragraph",
                "<p>The players' union gave the package a cautious welcome. Its women's football representative, Chloe Barrington, said the minimum salary was <i>a big step forward</i> for players at smaller clubs, some of whom still hold second jobs, but said the union would monitor whether the cap held down wages for the best-paid players.</p>",
            ),
            (
                "fact_box",
                {
                    "title": "The new rules",
                    "text": "<ul><li>Wage spending capped at 70% of club revenue.</li><li>Minimum salary of 32,000 crowns for full-time senior players.</li><li>Parent-club funding counted as revenue only up to a set limit.</li><li>Sanctions for breaches include points deductions.</li></ul>",
                },
            ),
        ],
    },
    # ---------------------------------------------------------------- opinion
    {
        "slug": "kelsford-north-warning-not-verdict",
        "section": "opinion",
        "headline": "Kelsford North was a warning to the government, not a verdict",
        "standfirst": "By-elections punish governments for what they have not done yet. Helena Voss still has time to show Kelsford that she was listening, says Idris Bell.",
        "dateline": "Caldport",
        "authors": ["idris-bell"],
        "topics": ["elections", "parliament"],
        "hours_ago": 18,
        "is_breaking": False,
        "image": {
            "title": "Idris Bell",
            "caption": "Idris Bell writes about the economy, industry and the regions.",
            "agency": "Gazette",
            "photographer": "Hannah Lowry",
            "year": 2025,
            "alt": "Illustration: a stylised head-and-shoulders silhouette against a background of soft, blurred circles.",
            "scene": "portrait",
        },
        "body": [
            (
                "paragraph",
                "<p>I spent the last week of the Kelsford North campaign walking the streets around the old rail works, and I did not meet a single person who mentioned the prime minister by name. They talked about the maternity unit, the 7.12 to Caldport that never seems to run, and a rent rise that had arrived in the same post as a letter about council tax. That, more than any poll, told me how the night would go.</p>",
            ),
            (
                "paragraph",
                "<p>It is tempting, in the aftermath of a defeat like this, to read it as the beginning of the end. National Renewal will certainly want us to. Tobias Marr has earned his celebration: his party found a good candidate, ran a disciplined campaign and went to places it had long since given up on. But by-elections have a habit of flattering oppositions. Turnout below half, a local issue that united almost everyone, a government in mid-term: it would have been strange had the seat not changed hands.</p>",
            ),
            ("subheading", "What the voters actually said"),
            (
                "paragraph",
                "<p>The more useful question is what the voters of Kelsford North were trying to tell the government, and the answer is not complicated. They want to see that the promises made at the last election are turning into something they can touch. A new housing minister is a start, but a plan published in 100 days is still a plan. The hospital decision, which is the government's to influence, will say more than any reshuffle.</p>",
            ),
            (
                "quote",
                {
                    "text": "You lot keep asking me who I am voting for. Ask me instead when the last time was that something round here got better.",
                    "attribution": "A voter in the Brookside estate, speaking to the author during the campaign",
                },
            ),
            (
                "paragraph",
                "<p>The Civic Union has a working majority of 11 and more than two years before it must face the country. That is plenty of time to repair the damage, if it is used well. It is also, as every former minister will tell you, far less time than it sounds.</p>",
            ),
            (
                "paragraph",
                "<p>The worst lesson the government could draw from Kelsford is that it needs better messages. The voters I met had heard the messages. What they wanted was evidence. If Helena Voss can provide it, this by-election will be remembered as a wake-up call. If she cannot, it will be remembered as the first sign of something larger.</p>",
            ),
        ],
    },
    {
        "slug": "tamsen-needs-permanent-referee",
        "section": "opinion",
        "headline": "Whatever Geneva produces, the Tamsen needs a permanent referee",
        "standfirst": "A deal on summer flows would be welcome. But a river shared by two countries in a warming climate needs an institution, not an annual crisis, argues Margaret Quinlan.",
        "dateline": "Caldport",
        "authors": ["margaret-quinlan"],
        "topics": ["diplomacy", "climate"],
        "hours_ago": 26,
        "is_breaking": False,
        "image": {
            "title": "The Tamsen at Ashby Vale",
            "caption": "The lower Tamsen valley supports about 2,000 farms and four towns that draw their drinking water from the river.",
            "agency": "Northlight Press",
            "photographer": "Marta Ilves",
            "year": 2026,
            "alt": "Illustration: sunlit farmland of rolling hills stretching towards the horizon, with small trees along a ridge.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>I grew up in a town on the Tamsen, and I remember the summer of 1995, when the river dropped so low that we could walk out to the middle on the stones. The adults talked about Vellmark in the tones usually reserved for bad weather: something distant, powerful and impossible to argue with. Thirty years later, the tone has barely changed.</p>",
            ),
            (
                "paragraph",
                "<p>As I write, negotiators in Geneva are arguing over a single number, the minimum flow that Vellmark must release through the Hollin Gorge dam each summer. I hope they agree one soon. Farmers in the lower valley need to plant, and towns need to know whether their reservoirs will last until autumn. But I fear that both governments will treat a number as a solution, when it is really only a truce.</p>",
            ),
            ("subheading", "Why a number is not enough"),
            (
                "paragraph",
                "<p>The trouble with a fixed figure is that the river it describes is changing. The spring just past was the warmest on record. Snow in the Vellmark highlands is melting earlier. Any flow agreed today will be tested by droughts that are more frequent and more severe than those its authors had in mind, and each time it is tested the argument will start again, with ambassadors summoned and data withheld.</p>",
            ),
            (
                "paragraph",
                "<p>What the Tamsen needs is a referee: a joint commission with its own scientists, its own data and the authority to adjust the rules as conditions change. Such bodies exist on other shared rivers and, while none is perfect, the best of them have turned disputes that once threatened relations between countries into technical discussions held in rooms that nobody reports on. That is what success looks like.</p>",
            ),
            (
                "quote",
                {
                    "text": "Water disputes are rarely solved. At best they are managed, by institutions patient enough to outlast the politicians who created them.",
                    "attribution": "Elsa Moberg, chair of the Geneva talks, in a lecture given in 2019",
                },
            ),
            (
                "paragraph",
                "<p>There are signs that the negotiators understand this. The draft proposals reportedly include a monitoring body and a sliding scale linked to rainfall. Our own politicians should resist the temptation to judge the outcome solely by how close the final number comes to our opening demand. The better test is whether, in ten years' time, a dry summer produces a phone call between engineers rather than a crisis between capitals.</p>",
            ),
        ],
    },
    {
        "slug": "ai-triage-promise-and-small-print",
        "section": "opinion",
        "headline": "The AI triage results are encouraging. Read the small print before celebrating",
        "standfirst": "Software that helps nurses prioritise patients could ease the strain on emergency departments. But trust in hospital technology is easily lost, writes Margaret Quinlan.",
        "dateline": "Caldport",
        "authors": ["margaret-quinlan"],
        "topics": ["health", "technology"],
        "hours_ago": 33,
        "is_breaking": False,
        "image": {
            "title": "Hospital laboratory",
            "caption": "The TriageAssist trial at St Brigid's Hospital involved more than 41,000 patients over six months.",
            "agency": "Meridian Pictures",
            "photographer": "Sebastian Crane",
            "year": 2026,
            "alt": "Illustration: a tidy laboratory with glass flasks, test tubes and shelves of bottles.",
            "scene": "laboratory",
        },
        "body": [
            (
                "paragraph",
                "<p>Last winter I spent seven hours in the emergency department at Caldport General with my elderly father, who had fallen in his kitchen. The staff were kind, exhausted and visibly stretched. At one point a nurse apologised to us for a delay that was obviously not her fault. So when I read that a trial of triage software at St Brigid's in Marlow Bay had cut waiting times by a fifth, my first reaction was relief.</p>",
            ),
            (
                "paragraph",
                "<p>My second reaction, after reading the study itself, was caution. Not because the results are unconvincing, but because they are exactly the kind of results that tempt governments to move too fast.</p>",
            ),
            ("subheading", "What the trial does and does not show"),
            (
                "paragraph",
                "<p>The researchers were admirably clear. The software suggests a priority for each patient; a nurse makes the decision. The trial found no increase in seriously ill patients being missed, but it was too small to detect rare mistakes, and rare mistakes are precisely what matter in an emergency department. A system that works well for 999 patients and badly for the thousandth is not a safe system.</p>",
            ),
            (
                "quote",
                {
                    "text": "Faster triage helps, but it does not create space on the wards.",
                    "attribution": "Professor Anton Hale, Westmarch College of Emergency Medicine",
                },
            ),
            (
                "paragraph",
                "<p>Professor Hale's point deserves attention. Most of the time my father and I spent waiting was not spent waiting to be assessed. It was spent waiting for a bed. Software can sort a queue more intelligently; it cannot shorten a queue caused by a shortage of beds, staff and social care. There is a risk that ministers present technology as a cheap alternative to investment that is neither cheap nor optional.</p>",
            ),
            (
                "paragraph",
                "<p>None of this is an argument against the extended trial the health ministry has announced. It is an argument for doing it properly: publishing the results in full, including the failures, and giving patients a clear explanation of how the software is used. Trust in hospital technology is built slowly and lost in a single headline.</p>",
            ),
            (
                "paragraph",
                "<p>The nurses at St Brigid's accepted the software's suggestion in 87% of cases. I find the other 13% just as reassuring. It means the people in charge are still doing their jobs.</p>",
            ),
        ],
    },
    {
        "slug": "spring-statement-barracks-not-bus-stop",
        "section": "opinion",
        "headline": "A spring statement for the barracks, but not for the bus stop",
        "standfirst": "Marcus Hale found money for frigates and fuel duty. The towns that decided the last election will wonder when their turn comes, says Idris Bell.",
        "dateline": "Caldport",
        "authors": ["idris-bell"],
        "topics": ["economy", "armed-forces", "parliament"],
        "hours_ago": 92,
        "is_breaking": False,
        "image": {
            "title": "Budget forecasts",
            "caption": "The fiscal council says the government has about 2 billion crowns of headroom against its fiscal rules.",
            "agency": "Gazette",
            "photographer": "Nina Sorensen",
            "year": 2026,
            "alt": "Illustration: a chart with vertical bars, a line graph with round markers and a small three-part pie chart.",
            "scene": "chart",
        },
        "body": [
            (
                "paragraph",
                "<p>Let me start with what Marcus Hale got right. The case for spending more on defence is stronger than it has been at any point in my adult life, and the finance minister made it without the chest-beating that often accompanies such announcements. Raising the threshold for the small business tax rate is overdue and will help firms I know personally, including a bakery in Marlow Bay that has turned down a supermarket contract rather than cross it.</p>",
            ),
            (
                "paragraph",
                "<p>But budgets are about choices, and the choices in this one tell a story. There is money for frigates, which I welcome, and for a third consecutive freeze in fuel duty, which I understand. There is very little for the things that people in Kelsford North told canvassers they cared about: buses that turn up, trains that are not cancelled, and homes they can afford.</p>",
            ),
            ("subheading", "The quiet tax rise"),
            (
                "paragraph",
                "<p>The measure that will matter most to most households was barely mentioned in the speech. Delaying the rise in the threshold for the higher rate of income tax means that tens of thousands of teachers, nurses and skilled workers will pay more tax next year without their pay having risen in real terms. The finance ministry calls it fiscal drag. Those affected will call it something shorter.</p>",
            ),
            (
                "quote",
                {
                    "text": "Security is the foundation on which everything else is built.",
                    "attribution": "Marcus Hale, in his spring statement",
                },
            ),
            (
                "paragraph",
                "<p>He is right. But a foundation is not a house. A country is secure when its people feel that the state is working for them, and that sense of security is built at bus stops and in doctors' waiting rooms as much as in shipyards.</p>",
            ),
            (
                "paragraph",
                "<p>The government will argue, with some justice, that it cannot do everything at once, and that the public finances leave little room. I accept that. What I would ask is that the autumn budget sets out, with the same clarity Mr Hale brought to defence, a plan for the regional transport links that were promised at the last election. Otherwise the towns that decided that election may conclude that the money always goes somewhere else.</p>",
            ),
        ],
    },
    {
        "slug": "tour-of-the-highlands-roadside-joy",
        "section": "opinion",
        "headline": "Stand at the roadside for the Tour of the Highlands. It will do you good",
        "standfirst": "A bike race is free to watch, gone in a minute and somehow unforgettable. In a fractious spring, Margaret Quinlan recommends it without reservation.",
        "dateline": "Dunmere",
        "authors": ["margaret-quinlan"],
        "topics": ["olympic-sports"],
        "hours_ago": 112,
        "is_breaking": False,
        "image": {
            "title": "Waiting for the race in the Dunmere hills",
            "caption": "Spectators gather each year on the hills above Dunmere, where the Tour of the Highlands is a fixture of the late spring calendar.",
            "agency": "Atlas Frame Agency",
            "photographer": "Tomasz Wren",
            "year": 2026,
            "alt": "Illustration: rolling hills beneath an open sky and a bright sun, with trees dotted along the slopes.",
            "scene": "field",
        },
        "body": [
            (
                "paragraph",
                "<p>I am not, by any measure, a sports fan. I could not tell you who is top of the Premier Division without looking it up, though I gather from my colleagues that it is a subject of some excitement. But every year for the past decade I have driven to a lay-by in the hills above Dunmere, unpacked a flask of tea and waited for the Tour of the Highlands to pass.</p>",
            ),
            (
                "paragraph",
                "<p>The waiting is the point. For two hours nothing happens, except that a community forms. Families arrive with folding chairs. A farmer sells ice creams from the back of a van. Children chalk the names of riders they have never heard of on the tarmac. Someone always has a radio, and people gather around it to hear where the race is, as if following news from a distant war.</p>",
            ),
            ("subheading", "Ninety seconds of colour"),
            (
                "paragraph",
                "<p>Then the motorbikes come, and the helicopter, and suddenly the riders are there: a breakaway first, faces screwed up against the gradient, then the great multicoloured rush of the bunch. It is over in 90 seconds. Everybody cheers for everybody. Nobody asks anyone else how they voted.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cycling is the only sport where the stadium is the country itself.",
                    "attribution": "A saying attributed to the Tour's founder, the late Edwin Carr",
                },
            ),
            (
                "paragraph",
                "<p>It has not been an easy spring. The river is low, the politics are bad-tempered, and the weather has been so warm that it feels faintly ominous rather than pleasant. I am conscious, too, that a home rider, Elias Lindgren, has a real chance of winning this year, and that this will bring out crowds who have never watched before. Good. They will be welcome in my lay-by.</p>",
            ),
            (
                "paragraph",
                "<p>If the race passes near you this week, go. Take a chair and something to eat. Talk to the people next to you. You will see almost nothing of the actual racing and, I promise, you will not regret a minute of it.</p>",
            ),
        ],
    },
    {
        "slug": "shipyards-deserve-plan-longer-than-one-contract",
        "section": "opinion",
        "headline": "Our shipyards deserve a plan longer than one contract",
        "standfirst": "Whoever wins the frigate competition, Westmarch keeps making the same mistake: ordering warships in bursts and letting the skills to build them wither in between, argues Idris Bell.",
        "dateline": "Marlow Bay",
        "authors": ["idris-bell"],
        "topics": ["armed-forces", "economy"],
        "hours_ago": 158,
        "is_breaking": False,
        "image": {
            "title": "The yard at Marlow Bay",
            "caption": "Shipbuilding has taken place on the Marlow Bay waterfront since the 1880s.",
            "agency": "Harbourline Images",
            "photographer": "Kofi Marsh",
            "year": 2025,
            "alt": "Illustration: a quiet harbour with cranes on the quay, small boats on the water and distant hills.",
            "scene": "harbour",
        },
        "body": [
            (
                "paragraph",
                "<p>My grandfather spent 41 years at the yard in Marlow Bay. He used to say that a shipyard has two kinds of year: the years when the orders come, and the years when everyone waits to find out whether they will. He retired in 1987, in one of the waiting years, and I have lived through several more of them since.</p>",
            ),
            (
                "paragraph",
                "<p>This week, once again, the town is waiting. The defence ministry will soon decide whether Harrow &amp; Finch or a Lindmark-led consortium will build the navy's five new frigates. I hope, for obvious reasons, that the work comes to Marlow Bay. But I want to make an argument that does not depend on the result.</p>",
            ),
            ("subheading", "Feast and famine"),
            (
                "paragraph",
                "<p>For 40 years Westmarch has ordered warships the way some people diet: in short, intense bursts followed by long periods of neglect. The last Warden-class frigate was completed in 2001. Since then the navy's orders have been sporadic, and each new programme has had to rebuild skills, suppliers and design teams that were allowed to dissolve. That is expensive, slow and, for the people who work in the industry, exhausting.</p>",
            ),
            (
                "quote",
                {
                    "text": "If it stops now, those skills will not come back.",
                    "attribution": "Dermot Keane, union convenor at the Harrow & Finch yard",
                },
            ),
            (
                "paragraph",
                "<p>Other countries have learned to do this differently. They publish long-term shipbuilding plans that set out, a decade or more ahead, what will be ordered and when. Yards can then invest, train apprentices and keep design teams together, confident that work will follow. The ships end up cheaper, because the learning from one is carried into the next.</p>",
            ),
            (
                "paragraph",
                "<p>The government has promised more money for defence. It should attach to that money a 20-year national shipbuilding plan, covering not only frigates but support ships, patrol vessels and, yes, ferries for our own islands. Such a plan would cost little in itself. What it would do is end the waiting years, and give towns like mine something my grandfather never had: a reason to believe the next order is coming.</p>",
            ),
        ],
    },
    {
        "slug": "reservists-bill-long-overdue",
        "section": "opinion",
        "headline": "I grew up with a reservist in the family. This bill is long overdue",
        "standfirst": "Part-time soldiers have always relied on the goodwill of their employers. Margaret Quinlan argues that goodwill is no longer enough, and that firms deserve help too.",
        "dateline": "Caldport",
        "authors": ["margaret-quinlan"],
        "topics": ["armed-forces", "parliament"],
        "hours_ago": 210,
        "is_breaking": False,
        "image": {
            "title": "Margaret Quinlan",
            "caption": "Margaret Quinlan writes a twice-weekly column on politics and public life.",
            "agency": "Gazette",
            "photographer": "Hannah Lowry",
            "year": 2025,
            "alt": "Illustration: a head-and-shoulders silhouette with a pale collar, set against blurred circles of light.",
            "scene": "portrait",
        },
        "body": [
            (
                "paragraph",
                "<p>My mother served in the army reserve for 22 years. For most of my childhood she spent one evening a week and one weekend a month in uniform, and a fortnight each summer on exercise somewhere cold and wet. She was also, for all of that time, a full-time clerk at a firm of solicitors in Caldport, whose senior partner was a veteran and never once complained about her absences.</p>",
            ),
            (
                "paragraph",
                "<p>She was lucky, and she knew it. Several of her friends in the reserve left because their employers made it clear, sometimes subtly and sometimes not, that a career and a commission were not compatible. Thirty years on, little has changed. The defence ministry's own surveys show that difficulty getting time off work remains the main reason reservists give for leaving.</p>",
            ),
            ("subheading", "Fair to both sides"),
            (
                "paragraph",
                "<p>The bill introduced in the Chamber this week would give reservists a legal right to 15 days' leave a year for training, and would protect them from being dismissed or passed over because of their service. I welcome both measures without hesitation. It has always struck me as odd that we ask people to be ready to defend the country while leaving their livelihoods to the discretion of their bosses.</p>",
            ),
            (
                "paragraph",
                "<p>But I also have some sympathy for the small employers who have raised concerns. A firm of five people that loses one for two weeks in its busiest month has a real problem. The proposed compensation of 600 crowns a day is a good start; the government should also accept the sensible request from employers' groups for a right to postpone training by a few months, provided it cannot be used to block it altogether.</p>",
            ),
            (
                "quote",
                {
                    "text": "People assume it is a hobby. It is not. We are part of the army.",
                    "attribution": "Lieutenant Martha Oduya, Caldport Rifles",
                },
            ),
            (
                "paragraph",
                "<p>Lieutenant Oduya's words, quoted in this newspaper, would have made my mother smile. She was always faintly irritated when people asked about her weekend hobby. The reserve was not a hobby for her; it was a second vocation. This bill is a chance to treat it as one.</p>",
            ),
        ],
    },
]
