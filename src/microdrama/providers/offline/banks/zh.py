"""Chinese (Simplified) phrase bank of the offline writer.

Plain data validated by ``schema.Bank``; see ``BANKS.md`` beside this file. Original text
written for this project: tropes, schemes, twists and beat moves for 竖屏短剧.
"""

from __future__ import annotations

DATA = {
    "language": "zh",
    "names": {
        "surnames": [
            "林",
            "苏",
            "沈",
            "顾",
            "陆",
            "江",
            "叶",
            "秦",
            "许",
            "傅",
            "温",
            "宋",
            "唐",
            "韩",
            "程",
            "周",
            "谢",
            "萧",
            "乔",
            "夏",
            "霍",
            "楚",
            "姜",
            "贺",
            "纪",
            "裴",
            "欧阳",
            "司徒",
        ],
        "female": [
            "晚晴",
            "若溪",
            "念安",
            "知意",
            "清妍",
            "语桐",
            "书瑶",
            "星若",
            "悠然",
            "思琪",
            "雨薇",
            "婉清",
            "诗涵",
            "可欣",
            "芷若",
            "映雪",
            "初夏",
            "嘉禾",
            "以宁",
            "南栀",
            "安然",
            "静姝",
            "佳琪",
            "若初",
            "月白",
            "听澜",
        ],
        "male": [
            "景深",
            "辰逸",
            "司寒",
            "慕白",
            "承泽",
            "砚之",
            "北辰",
            "宴清",
            "时琛",
            "言川",
            "霆骁",
            "子墨",
            "逸风",
            "瑾年",
            "承安",
            "明哲",
            "浩然",
            "云霆",
            "修远",
            "泽宇",
            "晏礼",
            "聿白",
            "怀瑾",
            "书恒",
            "凌峰",
            "亦舟",
        ],
    },
    "places": [
        {
            "kind": "mansion",
            "names": ["{family}家大宅", "{family}家老宅", "半山别墅", "{family}家庄园"],
            "description": [
                "水晶吊灯下的大理石客厅，墙上挂着全家福。",
                "旋转楼梯通向二楼，佣人低头穿过走廊。",
                "落地窗外是私人花园，屋里静得能听见钟声。",
            ],
        },
        {
            "kind": "office",
            "names": ["{family}氏集团", "总裁办公室", "董事会议室", "集团大厦顶层"],
            "description": [
                "整面玻璃墙俯瞰全城，桌上文件堆成小山。",
                "长会议桌两侧坐满西装革履的董事。",
                "冷色调的开放办公区，所有人都在偷看。",
            ],
        },
        {
            "kind": "hospital",
            "names": ["市中心医院", "私立医院", "VIP病房", "急诊室走廊"],
            "description": [
                "白色走廊尽头，手术灯亮着红光。",
                "安静的单人病房，监护仪滴滴作响。",
                "消毒水味很重，家属挤在门口。",
            ],
        },
        {
            "kind": "street",
            "names": ["老城区街口", "集团大楼门口", "雨夜街头", "江边步道"],
            "description": [
                "霓虹灯倒映在积水里，行人匆匆。",
                "写字楼前人来人往，记者蹲守在台阶下。",
                "路灯昏黄，一辆黑车静静停在街角。",
            ],
        },
        {
            "kind": "restaurant",
            "names": ["云顶餐厅", "江景餐厅", "老字号茶楼", "私人会所"],
            "description": [
                "高层旋转餐厅，窗外是整座城市的灯火。",
                "包间里摆着一桌没动过的菜。",
                "红木桌椅，屏风后面有人在听。",
            ],
        },
        {
            "kind": "bedroom",
            "names": ["二楼卧室", "阁楼小房间", "{family}家主卧", "酒店套房"],
            "description": [
                "窄小的房间，只有一张床和一只旧皮箱。",
                "宽大的主卧，梳妆台上摆满首饰。",
                "窗帘半掩，月光落在地板上。",
            ],
        },
        {
            "kind": "ballroom",
            "names": ["宴会厅", "订婚宴现场", "慈善晚宴", "酒店宴会厅"],
            "description": [
                "香槟塔闪着光，宾客衣香鬓影。",
                "舞台上挂着订婚横幅，乐队在奏乐。",
                "拍卖台前坐满名流，镁光灯此起彼伏。",
            ],
        },
        {
            "kind": "car",
            "names": ["黑色轿车", "商务车后座", "跑车里", "加长轿车"],
            "description": [
                "车窗贴着深色膜，后座隔板缓缓升起。",
                "车停在地库，发动机没熄。",
                "雨刷来回摆动，车里只有两个人。",
            ],
        },
        {
            "kind": "courtroom",
            "names": ["第一法庭", "市中级法院", "调解室", "法院大厅"],
            "description": [
                "法槌落下，旁听席鸦雀无声。",
                "原告席和被告席隔着一条过道。",
                "长桌两端，律师翻着卷宗。",
            ],
        },
        {
            "kind": "school",
            "names": ["贵族幼儿园", "圣华学院", "幼儿园门口", "学校礼堂"],
            "description": [
                "彩色滑梯旁，家长们排成一列。",
                "礼堂里挂着横幅，家长会正要开始。",
                "校门口停满豪车，家长们交头接耳。",
            ],
        },
        {
            "kind": "village",
            "names": ["狼族领地", "月影村", "山脚小镇", "族人聚居地"],
            "description": [
                "木屋围着篝火，族人的目光警惕。",
                "石板路尽头是议事堂，门口插着族旗。",
                "小镇安静，森林就在屋后。",
            ],
        },
        {
            "kind": "forest",
            "names": ["黑松林", "月光森林", "狼谷深处", "林间空地"],
            "description": [
                "月光穿过松枝，远处传来狼嚎。",
                "雾气弥漫的林间，地上有新鲜的脚印。",
                "参天古树围出一片空地，风声很紧。",
            ],
        },
    ],
    "tropes": [
        {
            "id": "heiress",
            "keywords": [
                "真千金",
                "假千金",
                "真假千金",
                "抱错",
                "千金",
                "认亲",
                "亲子鉴定",
                "豪门认亲",
            ],
            "genre": "豪门逆袭",
            "tone": "爽快打脸，反转不断",
            "titles": ["真千金归来", "{family}家的真千金", "千金归位", "错位二十年"],
            "logline": [
                "被抱错二十年的{lead}回到{family}家，假千金{rival}步步设局，{lead}一次次当众反击。",
                "婚约、股权、千金之位，{lead}要把被偷走的人生一样样拿回来。",
            ],
            "world": [
                "{family}家是城中顶级豪门，一场宴会就能定下谁是千金、谁是外人。",
                "豪门里人人看身份下注，亲情排在股权后面。",
            ],
            "identity": "{family}家真千金",
            "secret": "二十二年前医院抱错了孩子，{lead}才是{family}家的亲生女儿。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "真千金",
                    "description": [
                        "在小城长大的{lead}，冷静聪明，暗中掌管一家上市公司。",
                        "被抱错二十年的{lead}，吃过苦，也学会了不动声色。",
                    ],
                    "traits": ["隐忍", "果断", "记仇", "护短"],
                    "speech": "话少，冷静，一句话戳到痛处。",
                },
                "love": {
                    "gender": "male",
                    "title": "未婚夫",
                    "description": ["与{family}家联姻的豪门少爷{love}，嘴硬心软，在真相面前摇摆。"],
                    "traits": ["骄傲", "别扭", "重承诺"],
                    "speech": "简短，压着情绪，常常话到一半停住。",
                },
                "rival": {
                    "gender": "female",
                    "title": "假千金",
                    "description": ["被{family}家宠了二十年的{rival}，害怕失去一切，不择手段。"],
                    "traits": ["虚荣", "善妒", "会演戏"],
                    "speech": "嘴甜心狠，人前委屈，人后冷笑挖苦。",
                },
                "elder": {
                    "gender": "female",
                    "title": "豪门主母",
                    "description": ["{family}夫人{elder}，把颜面看得比亲生骨肉还重。"],
                    "traits": ["强势", "势利", "偏心"],
                    "speech": "发号施令，句句带威胁。",
                },
                "aide": {
                    "gender": "female",
                    "title": "贴身秘书",
                    "description": ["{aide}是{lead}公司的首席秘书，唯一知道她真实身份的人。"],
                    "traits": ["忠诚", "干练", "护主"],
                    "speech": "干脆利落，只汇报要紧的事。",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "家族律师",
                    "description": ["{family}家的律师{wildcard}，知道抱错的内情，却从不表态。"],
                    "traits": ["圆滑", "精明", "难以捉摸"],
                    "speech": "慢条斯理，话里有话。",
                },
            },
            "locations": ["mansion", "ballroom", "office", "hospital", "car"],
            "stakes": ["婚约", "继承权", "千金之位", "公司股权", "家主之位"],
        },
        {
            "id": "hidden_identity",
            "keywords": [
                "战神",
                "神医",
                "赘婿",
                "上门女婿",
                "隐藏身份",
                "龙王",
                "退役",
                "隐世",
                "废物女婿",
            ],
            "genre": "都市逆袭",
            "tone": "隐忍蓄力，一朝扬眉吐气",
            "titles": ["北境归来", "隐世之王", "女婿的秘密", "三年之期已到"],
            "logline": [
                "入赘三年受尽白眼的{lead}，其实是名震一方的北境战神。{rival}步步紧逼，{lead}决定不再隐忍。",
                "所有人都当{lead}是废物，直到那些大人物一个个向{lead}低头。",
            ],
            "world": [
                "{family}家靠祖业撑着门面，一纸合同就能决定全家的去留。",
                "在这座城里，看不起人的人，往往看不懂人。",
            ],
            "identity": "北境战神",
            "secret": "{lead}是隐退的北境战神，为报{love}当年的救命之恩，甘心入赘{family}家三年。",
            "roles": {
                "lead": {
                    "gender": "male",
                    "title": "上门女婿",
                    "description": [
                        "入赘{family}家三年的{lead}，洗衣做饭，任人嘲讽，从不还嘴。",
                        "沉默寡言的{lead}，手上有旧伤，眼里有千军万马。",
                    ],
                    "traits": ["隐忍", "沉稳", "护妻", "一诺千金"],
                    "speech": "极少开口，开口就是定论。",
                },
                "love": {
                    "gender": "female",
                    "title": "妻子",
                    "description": [
                        "{family}家大小姐{love}，撑着摇摇欲坠的家族公司，对丈夫又怨又护。"
                    ],
                    "traits": ["倔强", "要强", "心软"],
                    "speech": "说话短，嘴上嫌弃，关键时刻站在丈夫一边。",
                },
                "rival": {
                    "gender": "male",
                    "title": "富家少爷",
                    "description": ["觊觎{love}多年的富少{rival}，仗着家世处处羞辱{lead}。"],
                    "traits": ["张狂", "小气", "爱炫耀"],
                    "speech": "满嘴讥讽，开口就是钱。",
                },
                "elder": {
                    "gender": "female",
                    "title": "丈母娘",
                    "description": ["{love}的母亲{elder}，嫌贫爱富，天天逼女儿离婚。"],
                    "traits": ["势利", "强势", "刻薄"],
                    "speech": "命令的口气，动不动就赶人。",
                },
                "aide": {
                    "gender": "male",
                    "title": "旧部",
                    "description": ["{aide}是{lead}在北境的老部下，一声令下，随叫随到。"],
                    "traits": ["忠诚", "雷厉风行", "寡言"],
                    "speech": "简短有力，称呼从不含糊。",
                },
                "wildcard": {
                    "gender": "female",
                    "title": "神秘女董事",
                    "description": ["商界新贵{wildcard}，似乎认识{lead}的过去，却从不点破。"],
                    "traits": ["优雅", "精明", "深不可测"],
                    "speech": "笑着说话，每句都留一半。",
                },
            },
            "locations": ["mansion", "office", "restaurant", "hospital", "street"],
            "stakes": ["婚姻", "百亿项目", "公司存亡", "家族生意", "股东之位"],
        },
        {
            "id": "ceo_romance",
            "keywords": ["总裁", "霸总", "契约婚姻", "闪婚", "契约", "CEO", "豪门老公", "隐婚总裁"],
            "genre": "都市情感",
            "tone": "甜虐交织，步步心动",
            "titles": ["契约到期之前", "总裁的契约妻", "心动有期限", "一纸婚约"],
            "logline": [
                "为救工作室，{lead}和总裁{love}签下一年契约婚姻，白月光{rival}却在此时回国。",
                "契约婚姻里，{lead}藏着另一个身份，{love}越想看透，陷得越深。",
            ],
            "world": [
                "{family}氏集团掌控半座城，总裁身边的位置，人人都想要。",
                "写字楼、宴会厅和豪宅里，爱情和生意总搅在一起。",
            ],
            "identity": "设计大师夜莺",
            "secret": "{lead}就是业内传说中从不露面的设计大师夜莺。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "契约妻子",
                    "description": [
                        "小工作室的设计师{lead}，为了还债签下契约婚姻。",
                        "看似平凡的{lead}，画稿时像换了一个人。",
                    ],
                    "traits": ["独立", "清醒", "嘴硬", "有才华"],
                    "speech": "不卑不亢，一句话把人噎回去。",
                },
                "love": {
                    "gender": "male",
                    "title": "集团总裁",
                    "description": ["{family}氏集团总裁{love}，冷面寡言，只信合同。"],
                    "traits": ["冷静", "护短", "占有欲强"],
                    "speech": "惜字如金，语气不容反驳。",
                },
                "rival": {
                    "gender": "female",
                    "title": "白月光",
                    "description": ["{love}的初恋{rival}，回国后一心要夺回总裁夫人的位置。"],
                    "traits": ["高傲", "心机", "会示弱"],
                    "speech": "温柔外壳下的刀子，笑着挖苦人。",
                },
                "elder": {
                    "gender": "female",
                    "title": "老夫人",
                    "description": ["{family}家老夫人{elder}，认定{lead}配不上自己的孙子。"],
                    "traits": ["威严", "挑剔", "重门第"],
                    "speech": "冷冷下令，不容商量。",
                },
                "aide": {
                    "gender": "female",
                    "title": "闺蜜助理",
                    "description": ["{aide}是{lead}的闺蜜兼助理，知道夜莺的秘密。"],
                    "traits": ["仗义", "嘴快", "忠心"],
                    "speech": "利落，护着{lead}说话。",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "竞争对手",
                    "description": ["对手公司的少东家{wildcard}，追求{lead}，也在算计{love}。"],
                    "traits": ["风流", "城府深", "难辨真假"],
                    "speech": "笑里藏刀，话说一半。",
                },
            },
            "locations": ["office", "mansion", "restaurant", "ballroom", "car"],
            "stakes": ["契约婚姻", "设计大赛", "工作室", "总裁夫人", "合作项目"],
        },
        {
            "id": "revenge",
            "keywords": [
                "复仇",
                "报仇",
                "讨回公道",
                "复仇归来",
                "家破人亡",
                "改名换姓",
                "卧底",
                "仇人",
            ],
            "genre": "复仇逆袭",
            "tone": "冷静布局，步步清算",
            "titles": ["她从深渊归来", "十年清算", "以牙还牙", "归来讨债"],
            "logline": [
                "十年前家族被{family}家设局吞并，{lead}改名换姓潜回{family}氏集团，要让真相见光。",
                "{lead}一步步接近仇人，却爱上了仇人之子{love}。",
            ],
            "world": [
                "{family}氏集团光鲜的大楼下，压着十年前的一桩旧案。",
                "这里人人戴着面具，账本比人心更诚实。",
            ],
            "identity": "华晟集团遗孤",
            "secret": "{lead}是十年前被{family}家设局吞并的华晟集团创始人之女，改了名字回来讨回公道。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "复仇者",
                    "description": [
                        "改名换姓的{lead}，以新秘书的身份进入{family}氏集团。",
                        "十年隐忍的{lead}，每一步都算好了退路。",
                    ],
                    "traits": ["冷静", "隐忍", "决绝", "重情"],
                    "speech": "声音很轻，句句是刀。",
                },
                "love": {
                    "gender": "male",
                    "title": "仇人之子",
                    "description": ["{family}家的继承人{love}，正直，却不知道父辈做过什么。"],
                    "traits": ["正直", "固执", "深情"],
                    "speech": "话少，挣扎都写在脸上。",
                },
                "rival": {
                    "gender": "female",
                    "title": "仇家千金",
                    "description": ["{family}家千金{rival}，骄纵跋扈，把{lead}当成眼中钉。"],
                    "traits": ["骄纵", "多疑", "狠辣"],
                    "speech": "尖刻，爱当众羞辱人。",
                },
                "elder": {
                    "gender": "male",
                    "title": "仇家家主",
                    "description": ["{family}氏集团董事长{elder}，当年吞并案的主谋，城府极深。"],
                    "traits": ["老谋深算", "冷酷", "多疑"],
                    "speech": "不怒自威，一句话定人生死。",
                },
                "aide": {
                    "gender": "male",
                    "title": "老部下",
                    "description": ["华晟的老员工{aide}，十年来一直暗中帮{lead}收集证据。"],
                    "traits": ["忠诚", "谨慎", "办事利索"],
                    "speech": "压低声音，直说重点。",
                },
                "wildcard": {
                    "gender": "female",
                    "title": "金牌律师",
                    "description": ["律所合伙人{wildcard}，手里握着旧案卷宗，立场不明。"],
                    "traits": ["理性", "精明", "待价而沽"],
                    "speech": "措辞严谨，从不把话说死。",
                },
            },
            "locations": ["office", "mansion", "ballroom", "courtroom", "car"],
            "stakes": ["公司控制权", "旧案证据", "董事会席位", "华晟旧股", "继承权"],
        },
        {
            "id": "rebirth",
            "keywords": ["重生", "前世", "重来一次", "今生", "上一世", "再活一次", "回到五年前"],
            "genre": "重生逆袭",
            "tone": "先知先觉，爽感拉满",
            "titles": ["重生之不再忍", "这一世换我赢", "重来一次", "前世今生"],
            "logline": [
                "前世被未婚夫和闺蜜联手害得一无所有的{lead}，睁眼回到了五年前。这一世，{lead}要改写每一个结局。",
                "{lead}知道所有背叛的时间表，却发现今生的局比前世更深。",
            ],
            "world": [
                "还是那座城、那些人，只是{lead}已经提前看过了结局。",
                "{family}家的家产像一块肥肉，每个人都在等着分。",
            ],
            "identity": "幕后神秘投资人",
            "secret": "{lead}带着前世的记忆回到五年前，暗中用先知成为幕后神秘投资人。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "重生女",
                    "description": ["重生回五年前的{lead}，表面温顺，心里装着前世所有的账。"],
                    "traits": ["清醒", "果决", "隐忍", "记仇"],
                    "speech": "平静，偶尔一句话让人背脊发凉。",
                },
                "love": {
                    "gender": "male",
                    "title": "前世错过的人",
                    "description": ["前世默默守护{lead}的{love}，这一世仍冷着脸，却总挡在前面。"],
                    "traits": ["沉默", "可靠", "深情"],
                    "speech": "寡言，关键时一句顶十句。",
                },
                "rival": {
                    "gender": "female",
                    "title": "假闺蜜",
                    "description": ["{lead}的闺蜜{rival}，前世抢走了{lead}的一切。"],
                    "traits": ["伪善", "嫉妒", "擅长装可怜"],
                    "speech": "甜腻亲热，暗里全是刺。",
                },
                "elder": {
                    "gender": "male",
                    "title": "大伯",
                    "description": ["{family}家大伯{elder}，觊觎家族公司多年。"],
                    "traits": ["贪婪", "阴沉", "专横"],
                    "speech": "摆长辈架子，命令加威胁。",
                },
                "aide": {
                    "gender": "female",
                    "title": "忠心助理",
                    "description": ["{aide}前世为{lead}顶罪，这一世{lead}第一个找回的就是她。"],
                    "traits": ["忠心", "机灵", "执行力强"],
                    "speech": "干脆，报事只说结果。",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "前世未婚夫",
                    "description": ["前世的未婚夫{wildcard}，温文尔雅，前世亲手把{lead}推进深渊。"],
                    "traits": ["虚伪", "精于算计", "风度翩翩"],
                    "speech": "温柔体贴，每句都是钩子。",
                },
            },
            "locations": ["mansion", "office", "ballroom", "hospital", "bedroom"],
            "stakes": ["家族公司", "婚约", "母亲遗产", "继承权", "董事会席位"],
        },
        {
            "id": "secret_baby",
            "keywords": [
                "萌宝",
                "带球跑",
                "五年后",
                "天才宝宝",
                "隐婚",
                "孩子他爸",
                "宝宝",
                "生父",
            ],
            "genre": "萌宝甜宠",
            "tone": "甜中带虐，萌娃助攻",
            "titles": ["五年后她带娃归来", "天才萌宝找爹地", "带球跑的总裁夫人", "宝贝的秘密"],
            "logline": [
                "五年前被赶出{family}家的{lead}带着天才宝宝归来，孩子的生父竟是总裁{love}。",
                "{lead}只想安稳带娃，{love}却认定孩子和自己有关。",
            ],
            "world": [
                "{family}氏集团的继承人问题牵动全城，一个孩子的身世能翻转整盘棋。",
                "医院、幼儿园和董事会，每个地方都有人在打听孩子的来历。",
            ],
            "identity": "国际名医圣手",
            "secret": "{lead}的孩子是{love}的亲生骨肉，而{lead}就是国际名医圣手。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "单亲妈妈",
                    "description": [
                        "独自带娃五年的{lead}，回国那天起就没打算再躲。",
                        "温柔又锋利的{lead}，为了孩子什么都敢做。",
                    ],
                    "traits": ["坚韧", "护犊", "冷静", "医术高明"],
                    "speech": "温和但不退让，三两句就把话说死。",
                },
                "love": {
                    "gender": "male",
                    "title": "孩子生父",
                    "description": ["{family}氏集团总裁{love}，五年前那一夜后一直在找一个人。"],
                    "traits": ["冷峻", "执着", "嘴硬"],
                    "speech": "简短霸道，对孩子却不自觉地放软。",
                },
                "rival": {
                    "gender": "female",
                    "title": "未婚妻",
                    "description": ["{love}的未婚妻{rival}，当年亲手把{lead}赶出国。"],
                    "traits": ["心狠", "善妒", "爱面子"],
                    "speech": "阴阳怪气，句句带刺。",
                },
                "elder": {
                    "gender": "female",
                    "title": "老夫人",
                    "description": ["{family}家老夫人{elder}，一心想要重孙，却看不上{lead}。"],
                    "traits": ["固执", "精明", "护家"],
                    "speech": "威严，说一不二。",
                },
                "aide": {
                    "gender": "female",
                    "title": "好友助理",
                    "description": ["{aide}陪{lead}在国外打拼五年，是孩子的干妈。"],
                    "traits": ["仗义", "爽快", "忠诚"],
                    "speech": "嘴快手快，有事直说。",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "温柔医生",
                    "description": ["医院的同事{wildcard}，对{lead}和孩子体贴入微，来历却说不清。"],
                    "traits": ["温和", "周到", "神秘"],
                    "speech": "轻声细语，从不正面回答。",
                },
            },
            "locations": ["mansion", "hospital", "office", "school", "restaurant"],
            "stakes": ["抚养权", "孩子身世", "婚约", "医院职位", "继承权"],
        },
        {
            "id": "werewolf",
            "keywords": [
                "狼人",
                "狼族",
                "阿尔法",
                "Alpha",
                "伴侣",
                "月圆",
                "狼王",
                "头狼",
                "命定伴侣",
            ],
            "genre": "奇幻言情",
            "tone": "宿命拉扯，强弱反转",
            "titles": ["被拒绝的月之女", "头狼的伴侣", "月圆之约", "狼族新娘"],
            "logline": [
                "被头狼{love}当众拒绝的{lead}，在月圆之夜觉醒了失落的白狼血脉。",
                "族中人人轻视的{lead}，是整个狼族等了百年的人。",
            ],
            "world": [
                "山林间的狼族靠血脉和契约维系，头狼的伴侣决定族群的未来。",
                "月亮升起时，族人的忠诚和野心都会露出来。",
            ],
            "identity": "白狼族真公主",
            "secret": "{lead}是失落的白狼王族唯一的后人，血脉在月圆之夜觉醒。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "被拒伴侣",
                    "description": [
                        "族里最不起眼的{lead}，从小被人叫作没有狼魂的废物。",
                        "被拒绝后的{lead}不再低头，眼里多了冷光。",
                    ],
                    "traits": ["倔强", "坚韧", "隐忍", "护族"],
                    "speech": "话少，平静里带着锋利。",
                },
                "love": {
                    "gender": "male",
                    "title": "狼族首领",
                    "description": ["年轻的头狼{love}，为了族群当众拒绝了命定伴侣{lead}。"],
                    "traits": ["强势", "克制", "责任重"],
                    "speech": "命令式的短句，对{lead}欲言又止。",
                },
                "rival": {
                    "gender": "female",
                    "title": "首领候选伴侣",
                    "description": ["长老之女{rival}，一心要成为头狼的伴侣。"],
                    "traits": ["骄傲", "狠毒", "善于挑拨"],
                    "speech": "高高在上，当众奚落。",
                },
                "elder": {
                    "gender": "male",
                    "title": "族中长老",
                    "description": ["把持族规的长老{elder}，暗中掌控着族群大权。"],
                    "traits": ["专横", "阴沉", "老谋深算"],
                    "speech": "搬出族规压人，字字威胁。",
                },
                "aide": {
                    "gender": "female",
                    "title": "族中好友",
                    "description": ["{aide}是{lead}唯一的朋友，早知道{lead}血脉的秘密。"],
                    "traits": ["忠诚", "机敏", "胆大"],
                    "speech": "急性子，一开口就是要紧事。",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "流浪狼首领",
                    "description": ["流浪狼群的首领{wildcard}，对{lead}示好，目的不明。"],
                    "traits": ["危险", "迷人", "难以捉摸"],
                    "speech": "慵懒带笑，话里藏钩。",
                },
            },
            "locations": ["village", "forest", "mansion", "ballroom", "bedroom"],
            "stakes": ["伴侣契约", "族群领地", "首领之位", "族长信物", "族人信任"],
        },
        {
            "id": "stepmother",
            "keywords": ["继母", "后妈", "继妹", "恶毒继母", "灰姑娘", "亡母", "原配", "遗产"],
            "genre": "家庭逆袭",
            "tone": "压抑到爆发，恶人有恶报",
            "titles": ["继母的局", "灰烬里的女儿", "掌家之人", "原配之女"],
            "logline": [
                "母亲去世后，继母{elder}带着继妹{rival}霸占了{family}家，{lead}忍了十年，终于开始反击。",
                "继母想吞下母亲留下的一切，{lead}手里却握着一份没人知道的遗嘱。",
            ],
            "world": [
                "{family}家表面和睦，家产和股份早被继母一点点挪空。",
                "老宅里的每个房间都藏着原配留下的痕迹。",
            ],
            "identity": "{family}氏唯一继承人",
            "secret": "{lead}的母亲生前把全部股份留给了{lead}，继母一直在藏这份遗嘱。",
            "roles": {
                "lead": {
                    "gender": "female",
                    "title": "原配之女",
                    "description": [
                        "在继母手下忍了十年的{lead}，住阁楼，干杂活，从没忘记母亲的死因。",
                        "看似逆来顺受的{lead}，每天都在记账。",
                    ],
                    "traits": ["隐忍", "聪慧", "坚定", "重情"],
                    "speech": "平静，一开口就抓住要害。",
                },
                "love": {
                    "gender": "male",
                    "title": "青梅竹马",
                    "description": ["{lead}的青梅竹马{love}，如今是律师，和继妹有一纸婚约。"],
                    "traits": ["温和", "正直", "左右为难"],
                    "speech": "克制，话短，心事全在眼神里。",
                },
                "rival": {
                    "gender": "female",
                    "title": "继妹",
                    "description": ["继母的亲生女儿{rival}，什么都要抢{lead}的。"],
                    "traits": ["骄纵", "虚荣", "刁蛮"],
                    "speech": "撒娇卖乖，转身就是冷嘲热讽。",
                },
                "elder": {
                    "gender": "female",
                    "title": "恶毒继母",
                    "description": ["{lead}的继母{elder}，人前慈爱，人后把{lead}当佣人使唤。"],
                    "traits": ["伪善", "贪婪", "狠毒"],
                    "speech": "笑里藏刀，命令从不重复第二遍。",
                },
                "aide": {
                    "gender": "female",
                    "title": "老管家",
                    "description": ["{family}家的老管家{aide}，原配的旧人，一直暗中护着{lead}。"],
                    "traits": ["忠心", "稳重", "心细"],
                    "speech": "说话简短，做事滴水不漏。",
                },
                "wildcard": {
                    "gender": "male",
                    "title": "家庭医生",
                    "description": ["{family}家的家庭医生{wildcard}，知道原配去世那晚的细节。"],
                    "traits": ["温和", "谨慎", "摇摆不定"],
                    "speech": "斟字酌句，永远留一手。",
                },
            },
            "locations": ["mansion", "bedroom", "office", "hospital", "restaurant"],
            "stakes": ["母亲遗产", "公司股份", "家主之位", "婚约", "老宅"],
        },
    ],
    "schemes": [
        {
            "id": "frame_theft",
            "title": ["项链失窃", "人赃并获", "栽赃"],
            "summary": "{schemer}把一条钻石项链塞进{lead}的包里，当众搜包，逼{lead}背上偷窃的罪名。",
            "scheme": "偷项链的罪名",
            "prop": "监控录像",
            "fact": "项链是{schemer}亲手放进{lead}包里的，走廊监控拍下了全过程。",
            "schemer": "rival",
        },
        {
            "id": "stolen_design",
            "title": ["被偷走的设计", "抄袭风波", "原稿之争"],
            "summary": "{schemer}偷走{lead}的设计稿抢先发布，反咬{lead}抄袭。",
            "scheme": "抄袭的罪名",
            "prop": "设计手稿",
            "fact": "{schemer}偷拍了{lead}的原稿，{lead}的手稿上有早三个月的日期和签名。",
            "schemer": "rival",
        },
        {
            "id": "poison",
            "title": ["一碗汤", "药里的秘密", "病房风波"],
            "summary": "老爷子喝了{lead}端的汤后病倒，{schemer}一口咬定是{lead}下的药。",
            "scheme": "下药的罪名",
            "prop": "化验单",
            "fact": "药是{schemer}换的，化验单显示汤里根本没有问题，问题在药瓶。",
            "schemer": "rival",
        },
        {
            "id": "forged_will",
            "title": ["遗嘱疑云", "白纸黑字", "一纸遗嘱"],
            "summary": "{schemer}拿出一份遗嘱，要独吞{stake}，把{lead}扫地出门。",
            "scheme": "那份遗嘱",
            "prop": "遗嘱原件",
            "fact": "{schemer}伪造了遗嘱，真正的遗嘱原件一直锁在律所保险柜里。",
            "schemer": "elder",
        },
        {
            "id": "fake_pregnancy",
            "title": ["孕检单", "肚子里的筹码", "假孕风波"],
            "summary": "{schemer}宣布怀了{love}的孩子，逼{love}立刻成婚。",
            "scheme": "怀孕的消息",
            "prop": "孕检记录",
            "fact": "{schemer}根本没有怀孕，孕检单是花钱找人改的。",
            "schemer": "rival",
            "genders": {"schemer": "female", "love": "male"},
        },
        {
            "id": "scandal_photos",
            "title": ["热搜风暴", "一组照片", "舆论围城"],
            "summary": "一组{lead}的私密照片登上热搜，{lead}被全网围攻。",
            "scheme": "那组照片",
            "prop": "照片原图",
            "fact": "照片是{schemer}找人摆拍、拼接后卖给媒体的，原图能看出破绽。",
            "schemer": "wildcard",
        },
        {
            "id": "sabotaged_launch",
            "title": ["黑屏", "发布会之夜", "倒计时"],
            "summary": "{lead}主持的发布会当众黑屏，{stake}岌岌可危。",
            "scheme": "发布会事故",
            "prop": "后台日志",
            "fact": "{schemer}买通技术员，在发布会前一小时删掉了全部演示文件。",
            "schemer": "wildcard",
        },
        {
            "id": "kidnapping",
            "title": ["失踪之夜", "谁带走了人", "空车"],
            "summary": "{schemer}在深夜失踪，现场只留下{lead}的围巾，所有人都怀疑{lead}。",
            "scheme": "那场绑架",
            "prop": "行车记录仪",
            "fact": "所谓绑架是{schemer}自导自演，行车记录仪拍到{schemer}自己上了车。",
            "schemer": "rival",
        },
        {
            "id": "contract_fraud",
            "title": ["假合同", "签名之谜", "公章"],
            "summary": "一份盖着公章的合同把{stake}转走，签名栏写着{lead}的名字。",
            "scheme": "那份合同",
            "prop": "公章记录",
            "fact": "{schemer}趁夜偷盖公章，模仿了{lead}的签名。",
            "schemer": "elder",
        },
        {
            "id": "fire_cover_up",
            "title": ["当年那场火", "灰烬", "旧宅秘密"],
            "summary": "{lead}追查当年旧宅失火，{schemer}千方百计阻止。",
            "scheme": "当年那场火",
            "prop": "火灾档案",
            "fact": "当年的火是{schemer}为了销毁账本放的，火灾档案被人改过。",
            "schemer": "elder",
        },
        {
            "id": "fake_dna",
            "title": ["鉴定报告", "血样", "身世之谜"],
            "summary": "一份亲子鉴定让{lead}的身世成了笑话，{stake}眼看要易主。",
            "scheme": "那份鉴定",
            "prop": "采血记录",
            "fact": "{schemer}买通化验员调换了血样，采血记录上的编号对不上。",
            "schemer": "rival",
        },
    ],
    "twists": [
        {
            "id": "love_saved",
            "fact": "当年在冰湖里救起{lead}的人，其实是{love}。",
            "known_by": ["love"],
            "move": {
                "id": "twist-love-saved",
                "beat": "twist",
                "action": [
                    "{love}卷起袖子，手臂上有一道旧疤，和{lead}记忆里的一模一样。",
                    "{lead}看着那道疤，手里的杯子落了地。",
                ],
                "lines": [
                    {
                        "who": "love",
                        "emotion": "sad",
                        "say": ["那年冬天，拉你上岸的人是我。", "那道疤，是冰面划的，你忘了？"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["是你？你为什么一直不说？", "这么多年，我找错了人？"],
                    },
                ],
            },
        },
        {
            "id": "rival_pawn",
            "fact": "{rival}背后一直有人指使，真正的主谋是{wildcard}。",
            "known_by": ["rival", "wildcard"],
            "move": {
                "id": "twist-rival-pawn",
                "beat": "twist",
                "action": [
                    "{rival}拨通电话，屏幕上跳出{wildcard}的名字。",
                    "{wildcard}把一叠照片推给{rival}，像在发号施令。",
                ],
                "lines": [
                    {
                        "who": "rival",
                        "emotion": "afraid",
                        "say": ["事情办砸了，您别怪我。", "我按您说的做了，都做了！"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "wildcard",
                        "emotion": "smiling",
                        "say": ["没关系，棋子本来就是用来丢的。", "下一步，你只需要闭嘴。"],
                        "knows": ["twist"],
                    },
                ],
            },
        },
        {
            "id": "elder_knew",
            "fact": "{elder}从一开始就知道{lead}的真实身份，却装作不知道。",
            "known_by": ["elder"],
            "move": {
                "id": "twist-elder-knew",
                "beat": "twist",
                "identity": "revealed",
                "action": [
                    "{elder}从抽屉里拿出一份旧文件，日期是{lead}回来的第一天。",
                    "{elder}慢慢摘下眼镜，第一次直视{lead}。",
                ],
                "lines": [
                    {
                        "who": "elder",
                        "emotion": "cold",
                        "say": ["你回来的第一天，我就知道你是谁。", "{identity}？我比你更早知道。"],
                        "knows": ["twist", "identity"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["那你为什么一直装不知道？", "你看着我被羞辱，一句话都不说？"],
                    },
                ],
            },
        },
        {
            "id": "parent_alive",
            "fact": "{lead}以为早已去世的母亲还活着，一直被{elder}藏在郊外的疗养院。",
            "known_by": ["elder", "wildcard"],
            "move": {
                "id": "twist-parent-alive",
                "beat": "twist",
                "action": [
                    "疗养院的窗边，一个白发女人慢慢转过身来。",
                    "{wildcard}推开病房门，让出了身后的人。",
                ],
                "lines": [
                    {
                        "who": "wildcard",
                        "emotion": "calm",
                        "say": ["{lead}，你母亲还活着。", "人一直在这儿，有人不让你知道。"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["妈……真的是你吗？", "不可能，我亲眼看着……"],
                    },
                ],
            },
        },
        {
            "id": "aide_sent",
            "fact": "{aide}是{lead}的母亲生前亲自安排到{lead}身边的。",
            "known_by": ["aide"],
            "move": {
                "id": "twist-aide-sent",
                "beat": "twist",
                "action": [
                    "{aide}从贴身口袋里拿出一张旧照片，上面是年轻的{aide}和{lead}的母亲。",
                    "{aide}郑重地把一枚胸针放在{lead}手里。",
                ],
                "lines": [
                    {
                        "who": "aide",
                        "emotion": "sad",
                        "say": ["夫人走前，把您托付给了我。", "我守着您，是答应过夫人的。"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["你早就认识我母亲？", "这些年，你一直在替她守着我？"],
                    },
                ],
            },
        },
        {
            "id": "wildcard_sibling",
            "fact": "{wildcard}和{lead}是同父异母的手足。",
            "known_by": ["wildcard"],
            "move": {
                "id": "twist-wildcard-sibling",
                "beat": "twist",
                "action": [
                    "{wildcard}把一份鉴定报告放在{lead}面前，笑容第一次有点僵。",
                    "报告上写着：半同胞关系成立。",
                ],
                "lines": [
                    {
                        "who": "wildcard",
                        "emotion": "calm",
                        "say": ["我们身上，流着一半一样的血。", "我接近你，只是想认回家人。"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["你说……我们是手足？", "所以你一直在帮我？"],
                    },
                ],
            },
        },
        {
            "id": "elder_mastermind",
            "fact": "{rival}也是被利用的棋子，调换一切的是{elder}。",
            "known_by": ["elder"],
            "move": {
                "id": "twist-elder-mastermind",
                "beat": "twist",
                "action": [
                    "{elder}把{rival}叫进书房，关上了门。",
                    "{rival}在门外听见了{elder}打电话的声音。",
                ],
                "lines": [
                    {
                        "who": "elder",
                        "emotion": "cold",
                        "say": ["从头到尾，都是我安排的。", "你以为你在赢？你只是我的一枚棋。"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "rival",
                        "emotion": "shocked",
                        "say": ["您……您连我也骗？", "那我这些年算什么？"],
                    },
                ],
            },
        },
        {
            "id": "love_sent",
            "fact": "{love}最初接近{lead}，是受了{elder}的嘱托。",
            "known_by": ["love", "elder"],
            "move": {
                "id": "twist-love-sent",
                "beat": "twist",
                "action": [
                    "{lead}手机里传出一段旧录音，是{elder}的声音在吩咐{love}。",
                    "{lead}看着{love}，手里握着那段录音。",
                ],
                "lines": [
                    {
                        "who": "lead",
                        "emotion": "cold",
                        "say": ["所以你接近我，是{elder}安排的？", "这段录音，你怎么解释？"],
                    },
                    {
                        "who": "love",
                        "emotion": "pleading",
                        "say": ["一开始是，后来不是。", "我承认，可后来的心是真的。"],
                        "knows": ["twist"],
                    },
                ],
            },
        },
        {
            "id": "baby_father",
            "fact": "孩子的生父就是{love}，五年前那一夜的人正是{love}。",
            "known_by": ["lead", "aide"],
            "tropes": ["secret_baby"],
            "move": {
                "id": "twist-baby-father",
                "beat": "twist",
                "action": [
                    "{love}攥着一份亲子鉴定，站在幼儿园门口。",
                    "孩子扑进{love}怀里，{love}的手在发抖。",
                ],
                "lines": [
                    {
                        "who": "love",
                        "emotion": "shocked",
                        "say": ["孩子……是我的孩子？", "这五年，你一个人带着我的孩子？"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "cold",
                        "say": ["现在才知道，晚了五年。", "知道了又怎样？孩子是我养大的。"],
                        "knows": ["twist"],
                    },
                ],
            },
        },
        {
            "id": "reborn_love",
            "fact": "{love}也带着前世的记忆重生了。",
            "known_by": ["love"],
            "tropes": ["rebirth"],
            "move": {
                "id": "twist-reborn-love",
                "beat": "twist",
                "action": [
                    "{love}说出一句只有前世的{lead}才听过的话。",
                    "{love}把一枚前世才有的戒指放在{lead}掌心。",
                ],
                "lines": [
                    {
                        "who": "love",
                        "emotion": "tender",
                        "say": ["这一世，我也记得。", "上辈子没护住你，这辈子不会了。"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["你……你也回来了？", "你怎么会知道那句话？"],
                    },
                ],
            },
        },
        {
            "id": "mate_protect",
            "fact": "{love}当众拒绝{lead}，是为了让{lead}躲过长老的暗算。",
            "known_by": ["love"],
            "tropes": ["werewolf"],
            "move": {
                "id": "twist-mate-protect",
                "beat": "twist",
                "action": [
                    "林间空地，{love}终于说出了那晚的真相。",
                    "{love}把长老的密令扔在{lead}脚边。",
                ],
                "lines": [
                    {
                        "who": "love",
                        "emotion": "sad",
                        "say": ["我拒绝你，是为了保住你。", "那晚我要是认了你，你活不到天亮。"],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["所以这些年，你一直在演？", "你为什么不早告诉我？"],
                    },
                ],
            },
        },
        {
            "id": "second_will",
            "fact": "{lead}的母亲留下了第二份遗嘱，一直藏在{aide}那里。",
            "known_by": ["aide"],
            "tropes": ["stepmother"],
            "move": {
                "id": "twist-second-will",
                "beat": "twist",
                "action": [
                    "{aide}打开一只上锁的首饰盒，底层夹着一份遗嘱。",
                    "{aide}把一只牛皮纸袋交给{lead}，封口的火漆完好。",
                ],
                "lines": [
                    {
                        "who": "aide",
                        "emotion": "determined",
                        "say": [
                            "夫人留了第二份遗嘱，今天该拿出来了。",
                            "这份遗嘱，夫人让我等今天。",
                        ],
                        "knows": ["twist"],
                    },
                    {
                        "who": "lead",
                        "emotion": "shocked",
                        "say": ["第二份？母亲还留了后手？", "原来母亲早就防着她了。"],
                    },
                ],
            },
        },
    ],
    "moves": [
        {
            "id": "hook-wine",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "订婚宴上，一杯红酒泼在{lead}脸上。",
                "{rival}扬手，红酒顺着{lead}的发梢往下滴。",
                "满堂宾客回头，{lead}脸上全是酒渍。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "你也配站在这里？",
                        "这种场合，也轮得到你？",
                        "谁放你进来的？脏了地毯。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "这杯酒，我会让你加倍还。",
                        "泼完了？该轮到我说话了。",
                        "记住，是你先动的手。",
                    ],
                    "direction": ["擦去酒渍", "不躲不闪"],
                },
            ],
        },
        {
            "id": "hook-rain-out",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "大雨里，{lead}的行李被扔出{family}家大门。",
                "{lead}站在雨中，身后的铁门重重关上。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "从今天起，{family}家没有你这个人。",
                        "出了这扇门，永远别再回来。",
                        "收拾干净，别脏了{family}家的台阶。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["外面的雨，跟你挺配的。", "早该滚了，看着就碍眼。"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": ["下次进这扇门，是你们请我。", "我会回来的，从正门进。"],
                    "direction": ["捡起湿透的箱子"],
                },
            ],
        },
        {
            "id": "hook-torn-contract",
            "beat": "hook",
            "action": [
                "会议桌上，{rival}当众把{lead}的合同撕成两半。",
                "纸屑落在{lead}脚边，满屋董事屏住呼吸。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["签了字又怎样？我说作废就作废。", "这种合同，我一天能撕十份。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你撕的是复印件，原件在律师手里。",
                        "撕得越响，赔得越多。",
                        "撕吧，违约金按页算。",
                    ],
                },
            ],
        },
        {
            "id": "hook-locked-door",
            "beat": "hook",
            "action": [
                "{lead}被反锁在{place}，门外传来{rival}的笑声。",
                "门把手拧不动，门缝里塞进一张字条。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "今晚的宴会，你就别去了。",
                        "乖乖待着，天亮了再放你。",
                        "想出来？求我啊。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["三分钟，这扇门会自己开。", "锁得住门，锁不住我。"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["{lead}，锁撬开了，车在后门。", "人到了，{lead}，走这边。"],
                },
            ],
        },
        {
            "id": "hook-ring-back",
            "beat": "hook",
            "action": [
                "{love}当众摘下戒指，放在{lead}面前。",
                "戒指在桌面上滚了半圈，停在{lead}手边。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["这婚，我不结了。", "对不起，我选了别人。", "别等我了，{lead}。"],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["听见了吗？{love}选的是我。", "有些位置，本来就不属于你。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["戒指留下，人你带走。", "今天你退的，以后别想要回去。"],
                },
            ],
        },
        {
            "id": "hook-card-declined",
            "beat": "hook",
            "identity": "hidden",
            "action": ["医院缴费窗口前，{lead}的卡被退了回来。", "收费员把卡推回来：余额不足。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "停你的卡，是我的意思。",
                        "想花{family}家的钱？做梦。",
                        "求我一句，我就考虑考虑。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["这笔钱，我自己付得起。", "不必了，您的钱留着买药吧。"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["{lead}，新卡到了，没有额度上限。", "账已经结清了，{lead}，走吧。"],
                },
            ],
        },
        {
            "id": "hook-press",
            "beat": "hook",
            "action": [
                "闪光灯下，记者把话筒怼到{lead}面前。",
                "一群记者堵在{place}门口，快门声响成一片。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{lead}，大家都在等你的解释。",
                        "镜头都对着你呢，说点什么吧。",
                        "要我帮你挡一挡吗？有条件的。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "想要解释？明早九点，我一次给够。",
                        "拍清楚点，这张脸明天要上头条。",
                        "我不解释，我只出示证据。",
                    ],
                },
            ],
        },
        {
            "id": "hook-dismissal",
            "beat": "hook",
            "action": [
                "董事会上，{elder}把辞退书甩在{lead}面前。",
                "十几个董事同时看向{lead}，没人出声。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "签了它，体面走人。",
                        "今天之内，交出所有权限。",
                        "这里不需要你了，出去。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["想让我走？先看看股东名单。", "签字可以，但这会您做不了主。"],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["还愣着？保安在门口等你。", "收拾东西吧，纸箱我都替你备好了。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "hook-mud-car",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "暴雨中，一辆跑车溅了{lead}一身泥水。车窗降下，是{rival}。",
                "泥水泼了{lead}满身，车里传来刺耳的笑声。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["哟，走路回去啊？真可怜。", "要不要我捎你一程？坐后备箱。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "这身泥，我记下了。",
                        "车不错，可惜很快就不是你的了。",
                        "开慢点，前面的路不好走。",
                    ],
                },
            ],
        },
        {
            "id": "hook-accused",
            "beat": "hook",
            "action": [
                "宴会厅骤然安静，所有目光都钉在{lead}身上。",
                "音乐停了，宾客自动让出一条路。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["就是{lead}！我亲眼看见的！", "大家评评理，这种人能留吗？"],
                },
                {
                    "who": "elder",
                    "emotion": "angry",
                    "say": ["跪下，给大家道歉。", "当着所有人的面，认错。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["证据呢？拿不出来，跪的是你。", "我没做过的事，一个字也不认。"],
                },
            ],
        },
        {
            "id": "hook-photo-burn",
            "beat": "hook",
            "action": [
                "{rival}把{lead}母亲的旧照片扔进壁炉。",
                "火苗舔上相框，{lead}冲过去却晚了一步。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["一张旧照片而已，急什么？", "留着这种东西，不嫌晦气吗？"],
                },
                {
                    "who": "lead",
                    "emotion": "furious",
                    "say": ["那是我母亲留下的唯一一张。", "你烧掉的东西，我会让你一件件赔。"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["{lead}，底片我一直收着。", "别急，原片在我这儿，完好无损。"],
                },
            ],
        },
        {
            "id": "hook-engagement",
            "beat": "hook",
            "action": [
                "{elder}举杯起身，宣布{rival}与{love}订婚。",
                "香槟塔前，订婚横幅缓缓落下。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smiling",
                    "say": ["今天，{rival}和{love}正式订婚。", "请各位举杯，为这对新人作证。"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["{lead}？你怎么会来？", "你……不该出现在这里。"],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": ["来送份贺礼，保证你们终生难忘。", "别紧张，我只是来看场好戏。"],
                },
            ],
        },
        {
            "id": "hook-blacklist",
            "beat": "hook",
            "action": [
                "{lead}刚走进{place}，前台就冷冷拦住。",
                "两个保安一左一右，挡在{lead}面前。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "你已经被列进黑名单了。",
                        "这里不欢迎你，请回吧。",
                        "保安，把这个人请出去。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["那你最好先问问，这楼姓什么。", "拦我之前，先打个电话问问上面。"],
                },
            ],
        },
        {
            "id": "hook-wrist",
            "beat": "hook",
            "action": [
                "{love}一把攥住{lead}的手腕，把人拉进走廊。",
                "走廊尽头，{love}把{lead}堵在墙边。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": ["你到底想干什么？", "你回来，就是为了报复我？", "别再靠近这个家了。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "放手，你没资格问。",
                        "{love}，你已经选过一次了。",
                        "松开，我们没那么熟。",
                    ],
                },
            ],
        },
        {
            "id": "hook-divorce",
            "beat": "hook",
            "action": [
                "民政局门口，{love}把离婚协议递到{lead}面前。",
                "一份离婚协议摊在桌上，笔已经拔了帽。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["签吧，这样对我们都好。", "我们到此为止吧。"],
                },
                {
                    "who": "elder",
                    "emotion": "smug",
                    "say": ["签了字，拿钱走人。", "识相点，别让大家难堪。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["签可以，别后悔就行。", "这份协议，你们会求我撕掉的。"],
                },
            ],
        },
        {
            "id": "hook-will-reading",
            "beat": "hook",
            "action": ["律师念到一半，{elder}拍案而起。", "遗嘱宣读现场，{elder}的茶杯摔在地上。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": ["荒唐！这遗嘱我不认！", "谁准你念下去的？停下！"],
                },
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": ["白纸黑字，认不认都一样。", "我只负责念，不负责让谁高兴。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["听完再拍桌子也不迟。", "急什么？精彩的在后面。"],
                },
            ],
        },
        {
            "id": "hook-threat-note",
            "beat": "hook",
            "action": [
                "{lead}推开门，桌上压着一张字条：离开，否则后果自负。",
                "字条上的字是剪报拼的，墨迹未干。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，门锁没坏，人是从里面进来的。", "监控那一段，被人删了。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "有人急了，说明我们走对了。",
                        "留着字条，笔迹会说话。",
                        "吓唬人的，往往最怕。",
                    ],
                },
            ],
        },
        {
            "id": "hook-spotlight",
            "beat": "hook",
            "action": [
                "聚光灯突然打在{lead}身上，全场安静。",
                "大屏幕亮起，上面是{lead}放大的照片。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["各位，今晚的笑话主角来了。", "给大家介绍一下，这位就是{lead}。"],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": ["笑话？你很快就笑不出来了。", "灯打得不错，正好照清楚你的脸。"],
                },
            ],
        },
        {
            "id": "hook-servant",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "{rival}把一盆脏水泼在{lead}脚边，抱着手臂站在楼梯上。",
                "{lead}跪在地上擦地板，{rival}踩着高跟鞋走过。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["擦干净点，这是你该干的活。", "佣人就该有佣人的样子。"],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "擦完地板，再去把厨房收拾了。",
                        "吃{family}家的饭，就得干{family}家的活。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["这地，你们很快就要自己擦了。", "我擦的每一块地砖，都记着账。"],
                },
            ],
        },
        {
            "id": "hook-seat-taken",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "家宴上，{lead}的椅子被撤走，碗筷摆在了角落。",
                "一桌人正在吃饭，唯独{lead}站着。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["你就站着吃吧，主桌没你的位置。", "懂点规矩，主桌不是你坐的。"],
                },
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": ["要不你去厨房吃？那儿自在。", "别站着了，门口有张小板凳。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["主桌的位置，我会自己拿回来。", "不急，这张桌子早晚换主人。"],
                },
            ],
        },
        {
            "id": "hook-phone-midnight",
            "beat": "hook",
            "action": [
                "凌晨三点，{lead}的手机亮起，屏幕上只有两个字：快逃。",
                "深夜，急促的敲门声把{lead}惊醒。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，出事了，{stake}保不住了。", "{lead}，对方连夜动手了。"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "慌什么，先把车开过来。",
                        "天亮之前，把所有人叫齐。",
                        "别乱，一件件说。",
                    ],
                },
            ],
        },
        {
            "id": "hook-auction",
            "beat": "hook",
            "action": [
                "慈善拍卖会上，{rival}举牌，把{lead}母亲的遗物拍了下来。",
                "拍卖槌落下，{rival}冲{lead}举杯。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["你母亲的东西，现在归我了。", "想要？跪下求我，我就送你。"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["加价吗？我可以借你。", "有意思，这件东西好像很重要。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["一千万。这件东西，我自己买回来。", "你拍走的，是一张催命的欠条。"],
                },
            ],
        },
        {
            "id": "hook-gossip",
            "beat": "hook",
            "identity": "hidden",
            "action": [
                "茶水间里，一群人围着{lead}指指点点。",
                "{lead}端着咖啡走过，背后的议论声更大了。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["听说了吗？{lead}是被赶出来的。", "装什么清高，还不是来混饭吃的。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["说够了？说够了就去干活。", "这些话，留着明天跟人事部说。"],
                },
            ],
        },
        {
            "id": "hook-kneel-apology",
            "beat": "hook",
            "action": [
                "{rival}捂着脸坐在地上，哭着指向{lead}。",
                "一地碎瓷片，{rival}坐在中间抽泣。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": ["我只是想和你好好说话……", "你为什么要推我？我做错什么了？"],
                },
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": ["{lead}，你太过分了。", "向{rival}道歉，现在。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["演得不错，可惜走廊有监控。", "推你？我嫌脏了手。"],
                },
            ],
        },
        {
            "id": "hook-frame-necklace",
            "beat": "hook",
            "schemes": ["frame_theft"],
            "action": [
                "宴会上，{schemer}当众从{lead}的包里抽出一条钻石项链。",
                "保安按住{lead}的包，项链在灯下闪着光。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": ["人赃并获，你还想狡辩？", "项链在你包里，你怎么解释？"],
                    "knows": ["scheme"],
                },
                {
                    "who": "elder",
                    "emotion": "angry",
                    "say": ["报警。{family}家容不下贼。", "把东西交出来，再跪下认错。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["包是我的，项链不是我放的。", "这么巧，偏偏就在我包里。"],
                },
            ],
        },
        {
            "id": "hook-frame-search",
            "beat": "hook",
            "schemes": ["frame_theft"],
            "action": [
                "{place}门口，所有人排队接受搜身，轮到{lead}时众人围了上来。",
                "{lead}的外套被翻开，一只丝绒盒子掉在地上。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["我就说嘛，手脚不干净的人。", "装得再清高，还是改不了。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["搜得这么准，像是提前知道的。", "盒子上的指纹，查过再说。"],
                },
            ],
        },
        {
            "id": "hook-design-stolen",
            "beat": "hook",
            "schemes": ["stolen_design"],
            "action": [
                "大屏幕上，{schemer}的新品发布，用的正是{lead}的设计。",
                "T台灯亮起，模特身上穿着{lead}画了三个月的作品。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": ["抄袭的人，还好意思来看秀？", "这可是我熬了三个月的心血。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["这条裙摆的弧线，是我画的。", "你敢当众讲讲，它的设计思路吗？"],
                },
            ],
        },
        {
            "id": "hook-design-banned",
            "beat": "hook",
            "schemes": ["stolen_design"],
            "action": [
                "评审团当众宣布：{lead}因抄袭，取消参赛资格。",
                "{lead}的作品被撤下展台，扔进纸箱。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["抄袭还敢参赛，真是丢人。", "业内永久除名，你完了。"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": ["取消我可以，原稿对质敢吗？", "评审是谁请的？这事没完。"],
                },
            ],
        },
        {
            "id": "hook-poison-er",
            "beat": "hook",
            "schemes": ["poison"],
            "action": [
                "急救室的灯亮了，老爷子被推进去，{schemer}一把指向{lead}。",
                "药碗摔在地上，{schemer}尖叫着扑向{lead}。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": ["汤是{lead}端的，大家都看见了！", "是你！是你在汤里下了药！"],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["{lead}，告诉我不是你。", "汤……真的是你端的？"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["汤经过几个人的手，查了就知道。", "人还在抢救，先救人，再算账。"],
                },
            ],
        },
        {
            "id": "hook-will-forged",
            "beat": "hook",
            "schemes": ["forged_will"],
            "action": [
                "律师宣读遗嘱：全部财产，归{schemer}所有。",
                "一份遗嘱拍在桌上，{schemer}的手按着签名那一页。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": ["遗嘱写得清清楚楚，你一分没有。", "白纸黑字，你还有什么话说？"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["这字迹，连笔顺都不对。", "遗嘱是真是假，笔迹鉴定说了算。"],
                },
            ],
        },
        {
            "id": "hook-pregnancy",
            "beat": "hook",
            "schemes": ["fake_pregnancy"],
            "action": [
                "{schemer}把一张孕检单拍在{love}面前。",
                "{schemer}捂着肚子，当众宣布了一个消息。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smiling",
                    "say": ["我怀孕了，孩子是{love}的。", "下个月办婚礼，孩子等不了。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["这不可能，那晚什么都没发生。", "你说什么？我怎么不知道？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["恭喜。日子算准了吗？", "这么快？医院是哪家？"],
                },
            ],
        },
        {
            "id": "hook-scandal",
            "beat": "hook",
            "schemes": ["scandal_photos"],
            "action": [
                "热搜第一挂着{lead}的名字，照片铺满所有屏幕。",
                "{lead}一走出门，记者一拥而上，照片被举到眼前。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smiling",
                    "say": ["照片拍得不错，要我帮你撤吗？", "全网都在骂你，滋味如何？"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["撤？挂着，挂到真相出来。", "照片会说谎，原图不会。"],
                },
            ],
        },
        {
            "id": "hook-launch-black",
            "beat": "hook",
            "schemes": ["sabotaged_launch"],
            "action": ["发布会倒计时十秒，大屏幕突然黑了。", "全场的灯同时熄灭，台下一片哗然。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，演示文件全被删了！", "后台进不去，有人改了密码！"],
                },
                {
                    "who": "schemer",
                    "emotion": "smiling",
                    "say": ["全城都在看你出丑呢。", "看来今天的发布会，要变成笑话了。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["别慌，备份在我脑子里。", "灯灭了正好，听我讲就够了。"],
                },
            ],
        },
        {
            "id": "hook-kidnap-scarf",
            "beat": "hook",
            "schemes": ["kidnapping"],
            "action": [
                "深夜，{elder}接到电话：{schemer}失踪了，现场只留下{lead}的围巾。",
                "空荡荡的地库里，一条围巾挂在车门上。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": ["{lead}，人是不是你带走的？", "人要是出了事，我饶不了你！"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["这条围巾，三天前就丢了。", "先报警，越快越好。"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["附近的监控，我去调。", "{lead}，路口的摄像头我盯着了。"],
                },
            ],
        },
        {
            "id": "hook-contract-freeze",
            "beat": "hook",
            "schemes": ["contract_fraud"],
            "action": [
                "银行经理冻结了{lead}的账户：合同显示，{stake}已经转让。",
                "一份盖了公章的合同摊开，签名栏写着{lead}的名字。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": ["合同上是你的签名，认了吧。", "公章盖了，字也签了，赖不掉。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["那天我在外地，签名是谁描的？", "我的名字，我从不这样写。"],
                },
            ],
        },
        {
            "id": "hook-fire-ruins",
            "beat": "hook",
            "schemes": ["fire_cover_up"],
            "action": [
                "烧焦的旧宅前，{lead}捡起半块焦黑的门牌。",
                "废墟里，{lead}从灰烬中翻出一把生锈的钥匙。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "cold",
                    "say": ["这里早就烧干净了，你找什么？", "死心吧，当年的事没人记得。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["找当年没烧干净的东西。", "火能烧掉房子，烧不掉人心。"],
                },
            ],
        },
        {
            "id": "hook-dna-report",
            "beat": "hook",
            "schemes": ["fake_dna"],
            "action": [
                "{schemer}把鉴定报告甩在{lead}面前：不匹配。",
                "报告上的结论一栏，印着刺眼的四个字：排除亲缘。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": ["鉴定出来了，你什么都不是！", "白纸黑字，看清楚你是谁。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["这份报告，血样是谁送去的？", "一张纸就想定我的身世？"],
                },
            ],
        },
        {
            "id": "stakes-claim",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{elder}挡在{lead}面前，{love}避开了{lead}的目光。",
                "{lead}抬头，看着主位上的{elder}。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{stake}今天就定下，谁也别想搅局。",
                        "{stake}的事，轮不到你插嘴。",
                        "{stake}怎么分，我一个人说了算。",
                        "{stake}已经有主了，你少打主意。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "{lead}，你先走吧。",
                        "别闹了，算我求你。",
                        "{lead}，听我的，先离开。",
                        "今天先忍一忍，好吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "{love}，{stake}本来就是我的。",
                        "我走可以，{stake}得留下。",
                        "{stake}是我的，谁也拿不走。",
                        "要我走？先把{stake}还我。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-nobody",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{rival}绕着{lead}走了一圈，上下打量。",
                "{rival}挽住{elder}的手臂，笑着看向{lead}。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "一个外人，也想分{stake}？",
                        "你拿什么跟我争{stake}？",
                        "你也想碰{stake}？照照镜子吧。",
                        "{stake}也是你能惦记的？",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{family}家的东西，跟你没关系。",
                        "摆清楚自己的身份。",
                        "{family}家的事，外人少插手。",
                        "记住，你在这个家只是客人。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "有没有关系，很快就知道。",
                        "我的身份，轮不到你们来定。",
                        "是不是外人，你们说了不算。",
                        "有没有关系，时间会告诉你们。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-deadline",
            "beat": "stakes",
            "action": [
                "{elder}把一份文件推过桌面，手指敲了敲日期。",
                "墙上的钟指向九点，{elder}看了看表。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "三天。三天后签字，交出{stake}。",
                        "给你三天，过期不候。",
                        "三天后还没结果，{stake}就换人。",
                        "我只等三天，一天也不多给。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "三天够了，够我翻盘。",
                        "不用三天，明天就给您答复。",
                        "三天太长，我用不了那么久。",
                        "三天后，该签字的是您。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{lead}，三天，时间很紧。",
                        "资料我连夜整理，误不了事。",
                        "只有三天，我这就去安排。",
                        "人手我都调好了，今晚开工。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-love-torn",
            "beat": "stakes",
            "action": [
                "{love}站在{lead}和{rival}中间，左右为难。",
                "{rival}拉住{love}的衣袖，{lead}一动不动。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "pleading",
                    "say": [
                        "{love}，你答应过我的。",
                        "你不会为了{lead}不要我吧？",
                        "{love}，你说过会一直陪着我。",
                        "别丢下我，我只有你了。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "给我一点时间。",
                        "我需要想清楚。",
                        "别逼我，两个都别逼我。",
                        "让我静一静，好吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "不用想了，我替你选。",
                        "你的时间，我不等。",
                        "犹豫就是答案，我懂了。",
                        "不必为难，这道题我不出了。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-aide-brief",
            "beat": "stakes",
            "identity": "hidden",
            "action": ["车里，{aide}把一份资料递给{lead}。", "{aide}快步跟上{lead}，压低声音。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{stake}，对方今晚就要动手。",
                        "消息确认了，他们盯上了{stake}。",
                        "对方今晚要对{stake}下手。",
                        "线人来报，{stake}那边有动静。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "让他们动，动了才有破绽。",
                        "我等的，就是他们先出手。",
                        "不拦，让他们尽管伸手。",
                        "他们一动，尾巴就露出来了。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "neutral",
                    "say": [
                        "要不要先亮明身份？",
                        "您的身份一亮，他们就不敢了。",
                        "要不要现在亮出底牌？",
                        "亮了身份，他们就得收手。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "还不到时候，让他们再蹦一会儿。",
                        "身份是底牌，现在亮太早。",
                        "再等等，火候还不到。",
                        "底牌留到最后，才叫底牌。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-secret-aside",
            "beat": "stakes",
            "identity": "hidden",
            "action": ["{aide}关上门，确认四下无人。", "走廊拐角，{aide}递过一部加密手机。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "neutral",
                    "say": [
                        "{identity}的身份，还要瞒多久？",
                        "那边在催，{identity}什么时候露面。",
                        "{identity}这个名号，还要藏多久？",
                        "董事们都在问，{identity}何时出面。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "等他们把底牌全亮出来。",
                        "再等等，鱼还没咬钩。",
                        "等他们自己把路走绝。",
                        "不急，让他们先把戏唱完。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-threat-elder",
            "beat": "stakes",
            "action": ["{elder}慢条斯理地倒茶，茶水溢出杯沿。", "{elder}把茶杯重重放下。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "识相的，自己放手{stake}。",
                        "你要是敢碰{stake}，后果自负。",
                        "我能让你来，就能让你走。",
                        "{stake}不是你该碰的，趁早收手。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "您的茶洒了，跟您的局一样。",
                        "后果？我等着看。",
                        "后果我担得起，您呢？",
                        "这句话，您留着对自己说。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rival-bet",
            "beat": "stakes",
            "action": [
                "{rival}把香槟杯往桌上一放，挑衅地看着{lead}。",
                "{rival}当众伸出手，像在下战书。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "敢不敢赌？输的人滚出这个城。",
                        "赌{stake}，你敢接吗？",
                        "拿{stake}做赌注，你敢不敢？",
                        "赌一把，输家永远别回来。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "赌就赌，输了可别哭。",
                        "接了。记住，是你先开的口。",
                        "这个赌，我接下了。",
                        "好，赌注你定，输了别赖。",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "有意思，我来做个见证。",
                        "这局，我押个冷门。",
                        "这场赌局，我当公证人。",
                        "我下个注，押谁先保密。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-elder-condition",
            "beat": "stakes",
            "identity": "hidden",
            "action": ["{elder}坐在主位，眼皮都没抬。", "{elder}挥手，让佣人都退下。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "想要{stake}，先跪下敬茶。",
                        "要么低头，要么一无所有。",
                        "{stake}可以给，先给我认个错。",
                        "低头认错，{stake}还有得谈。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "让我跪？您怕是受不起。",
                        "该低头的人，不是我。",
                        "认错？您先想想错在谁。",
                        "我的茶，您未必敢接。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-wildcard-offer",
            "beat": "stakes",
            "action": [
                "{wildcard}递来一张名片，笑意不达眼底。",
                "{wildcard}靠在车门边，像是等了很久。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "我能帮你保住{stake}，你欠我一次。",
                        "合作吗？条件我们慢慢谈。",
                        "你缺一个盟友，我正好有空。",
                        "{stake}我能保，价钱另算。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你的帮忙，利息太高。",
                        "先说你的条件，我再决定。",
                        "免费的帮忙，最贵。",
                        "开价吧，我听听值不值。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-love-warning",
            "beat": "stakes",
            "action": ["{love}拦在楼梯口，声音压得很低。", "{love}把{lead}拉到一边，欲言又止。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "他们要对{stake}下手，小心。",
                        "别再查了，这水太深。",
                        "{stake}被盯上了，你当心点。",
                        "收手吧，再查下去会出事。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你在担心我，还是担心他们？",
                        "谢谢提醒。可我不怕深水。",
                        "你来报信，他们知道吗？",
                        "提醒收到，我照查不误。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "我只是不想看你受伤。",
                        "你就不能信我一次吗？",
                        "我是怕你出事，你懂不懂？",
                        "就听我这一次，行吗？",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rival-provoke",
            "beat": "stakes",
            "action": [
                "{rival}晃着手里的文件，慢慢走近。",
                "{rival}凑到{lead}耳边，声音只有两个人听得到。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "{stake}很快就是我的了。",
                        "你守了这么久，最后还是我的。",
                        "{stake}啊，早晚落到我手里。",
                        "你守不住{stake}的，认命吧。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "很快是多快？你等得起吗？",
                        "你高兴得太早了。",
                        "话别说太满，容易闪了舌头。",
                        "想要？先看你接不接得住。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-aide-numbers",
            "beat": "stakes",
            "action": ["{aide}翻开平板，屏幕上的数字一路下跌。", "{aide}快步走进来，把门带上。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["股价跌了一成，董事们坐不住了。", "合作方撤资，只剩最后一家。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["让它跌，跌到底我再收。", "最后一家，就够了。"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["明白，我现在就去约。", "好，半小时后见面。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "stakes-love-choice",
            "beat": "stakes",
            "action": [
                "{love}把两份文件放在桌上，一份婚约，一份合同。",
                "{love}的手停在两份文件之间。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "{stake}和你，我只能保一个。",
                        "他们逼我选，我不知道怎么选。",
                        "要么{stake}，要么你，我两难。",
                        "他们让我二选一，我做不到。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "那就保{stake}，我不需要你保。",
                        "选你想要的，别拿我当借口。",
                        "不用选，我自己保得住自己。",
                        "你的为难，不该由我来背。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-elder-family",
            "beat": "stakes",
            "action": ["{elder}把全家召集到客厅，门被锁上。", "{elder}站在全家福前，背对众人。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "今天谁站错队，就滚出{family}家。",
                        "我只说一遍，{stake}归{rival}。",
                        "{stake}交给{rival}，谁有异议？",
                        "谁敢反对，就别再进{family}家门。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "听见了吗？这个家我说了算。",
                        "谢谢您，我一定守好{stake}。",
                        "{stake}归我了，你还有话说？",
                        "听清楚了？以后见我要低头。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "您说了不算，规矩说了算。",
                        "一遍就够了，我记住了。",
                        "归谁，不是一句话的事。",
                        "话说早了，您会收回的。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-wildcard-info",
            "beat": "stakes",
            "action": [
                "{wildcard}把一只U盘放在桌上，手指压着不放。",
                "{wildcard}隔着桌子，把一张照片推过来。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{prop}在哪儿，我知道。",
                        "想要{prop}？拿你的秘密来换。",
                        "{prop}的下落，我刚好清楚。",
                        "{prop}我见过，想知道在哪儿吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你要的价，我先听听。",
                        "你知道的，未必比我多。",
                        "说个数，我看值不值。",
                        "你卖的消息，我可能早有了。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-elder-bargain",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder}亲自端茶上前，姿态放得很低。",
                "{elder}等在门口，一见{lead}就迎上来。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "pleading",
                    "say": [
                        "以前是我有眼无珠，你开个价。",
                        "{stake}给你，只求放{family}家一马。",
                        "过去是我糊涂，条件你尽管提。",
                        "{stake}归你，{family}家的事就算了吧。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "现在想起来谈价了？",
                        "晚了，价钱涨了。",
                        "谈价？您当初可没跟我谈。",
                        "这笔买卖，您已经没资格做。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rival-fear",
            "beat": "stakes",
            "identity": "revealed",
            "action": ["{rival}攥紧手包，指节发白。", "{rival}挡在门口，声音发抖。"],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "{identity}又怎样？{stake}还是我的！",
                        "别以为换了身份，我就怕你。",
                        "身份再高，{stake}我也不让！",
                        "别拿身份压我，我不吃这套！",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你怕的不是我，是真相。",
                        "你抖什么？我还没开始。",
                        "嘴硬没用，手别抖。",
                        "你喊得越响，心越虚。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-love-distance",
            "beat": "stakes",
            "identity": "revealed",
            "action": ["{love}站在远处，看着被众人簇拥的{lead}。", "人群散去，{love}终于走上前。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "你瞒了我这么久。",
                        "{identity}……你从没想过告诉我？",
                        "原来你一直是{identity}。",
                        "这么大的事，我是最后知道的。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "告诉你，你会信吗？",
                        "那时的你，不想听。",
                        "那时候说了，你会站我这边？",
                        "不是不说，是你没给过机会。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "现在我想听，全部。",
                        "这一次，我站你这边。",
                        "从头说，我一个字都不漏。",
                        "以后的路，我陪你走。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-new-enemy",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{elder}关上书房门，把{rival}叫到跟前。",
                "{elder}和{rival}在露台上低声密谈。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{lead}的身份压不住了，换个法子。",
                        "明着斗不过，就从{stake}下手。",
                        "硬碰不行，就断{lead}的后路。",
                        "压不住{lead}，就先拿下{stake}。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "我有办法，让{lead}自己退出。",
                        "放心，{identity}也有软肋。",
                        "交给我，{lead}会自己认输。",
                        "{identity}又如何，总有把柄。",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "stakes-board-shift",
            "beat": "stakes",
            "identity": "revealed",
            "action": ["董事们纷纷起身，向{lead}点头致意。", "会议室里，董事们的座位悄悄换了边。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "angry",
                    "say": ["你们这是要造反？", "别忘了是谁把你们扶上来的！"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["{lead}，半数以上的票在我们这边。", "{stake}的表决，我们赢定了。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["不急，先听{elder}把话说完。", "让大家投票吧，我尊重规矩。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "stakes-wildcard-switch",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{wildcard}举着酒杯，绕到{lead}身边。",
                "{wildcard}笑着坐到了{lead}这一侧。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{identity}的船，我想上一上。",
                        "以前押错了，现在改还来得及吧？",
                        "{identity}身边，缺个聪明人吧？",
                        "换个阵营，你不会介意吧？",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "墙头草，我不缺。",
                        "上船可以，先交投名状。",
                        "风往哪吹，你往哪倒。",
                        "想上船？先证明你的诚意。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rival-plea",
            "beat": "stakes",
            "identity": "revealed",
            "action": ["{rival}在{lead}面前停下，嘴唇发白。", "{rival}深吸一口气，挤出一个笑。"],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "pleading",
                    "say": [
                        "{stake}分我一半，以前的事一笔勾销。",
                        "我们谈谈，{stake}的事好商量。",
                        "给我留一点{stake}，行吗？",
                        "{stake}我不要全部，给我条活路。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "一半？你当初给我留过一分吗？",
                        "一笔勾销？账本还没翻完。",
                        "商量？你当初跟我商量过吗？",
                        "现在求我，你不觉得晚吗？",
                    ],
                },
            ],
        },
        {
            "id": "stakes-elder-threat-revealed",
            "beat": "stakes",
            "identity": "revealed",
            "action": ["{elder}把一沓旧文件扔在桌上。", "{elder}冷笑着翻开一本旧账。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{identity}又怎样，把柄在我手里。",
                        "别以为有了身份，就能为所欲为。",
                        "身份再高，也有见不得人的事。",
                        "{identity}？我手里的东西更值钱。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "那就拿出来，我们一起看。",
                        "把柄？您留的把柄更多。",
                        "拿出来吧，我等着。",
                        "比把柄？您输得更快。",
                    ],
                },
            ],
        },
        {
            "id": "rev-recording",
            "beat": "reversal",
            "action": [
                "{lead}按下手机播放键，{rival}的声音在{place}里响起。",
                "一段录音响起，所有人同时看向{rival}。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你刚才说的每个字，我都录下了。",
                        "要不要再放一遍，让大家听清楚？",
                        "刚才那番话，手机全录着呢。",
                        "声音放大点，让后排也听见。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "关掉！那是剪辑过的！",
                        "这……这不是我说的！",
                        "不许放！谁让你录的！",
                        "那是假的，是合成的！",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "{rival}，这是怎么回事？",
                        "你给我解释清楚！",
                        "{rival}，这真是你说的？",
                        "这话……真出自你口？",
                    ],
                },
            ],
        },
        {
            "id": "rev-one-question",
            "beat": "reversal",
            "action": ["{lead}不慌不忙地走到{rival}面前。", "{lead}抬手，示意所有人安静。"],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你说亲眼看见，那天几点？",
                        "你说你在场，穿的什么衣服？",
                        "你亲眼所见？那天下雨了吗？",
                        "既然在场，你站在哪个位置？",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "我……我记不清了。",
                        "这跟你有什么关系！",
                        "我、我忘了，谁记得那么细！",
                        "你别想转移话题！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "记不清，就别急着作证。",
                        "连这都答不上，还敢指认我？",
                        "记性这么差，证词还能信？",
                        "答不上来，就是没看见。",
                    ],
                },
            ],
        },
        {
            "id": "rev-timeline",
            "beat": "reversal",
            "action": [
                "{lead}把手机屏幕转向众人，上面是一张带时间的截图。",
                "{lead}摊开行程单，指尖停在一个日期上。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "那个时间，我在三百公里外。",
                        "航班记录在这，我人不在场。",
                        "那天我在外地，酒店有记录。",
                        "监控能证明，我当时不在。",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "时间对不上，这就有意思了。",
                        "看来有人记错了日子。",
                        "这时间线，漏洞有点大啊。",
                        "有人的故事，编得不太圆。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "不可能，你明明……",
                        "怎么会？我算好了的……",
                        "这记录肯定是伪造的！",
                        "怎么会……哪里出错了？",
                    ],
                },
            ],
        },
        {
            "id": "rev-ally-arrives",
            "beat": "reversal",
            "action": [
                "门被推开，{wildcard}带着律师团走了进来。",
                "众人回头，{wildcard}站在门口，慢慢鼓掌。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "抱歉来晚了，我站{lead}这边。",
                        "这份文件，各位应该先看看。",
                        "路上堵车，我替{lead}作证。",
                        "各位稍等，我手里有点东西。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "你怎么会帮{lead}？",
                        "你……你们什么时候认识的？",
                        "{wildcard}，你站哪一边？",
                        "你们……早就串通好了？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "朋友多了，路就宽了。",
                        "看来这一局，您算漏了一个人。",
                        "您的名单里，少算了一位。",
                        "人来齐了，我们继续。",
                    ],
                },
            ],
        },
        {
            "id": "rev-love-steps-in",
            "beat": "reversal",
            "action": ["{love}挡在{lead}身前，第一次没有退。", "{love}一把按住{rival}举起的手。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "够了，这件事到此为止。",
                        "谁再动{lead}，先过我这关。",
                        "到此为止，谁也别再说了。",
                        "{lead}的事，从今天起我管。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "{love}，你疯了？",
                        "你竟然为了{lead}跟我翻脸？",
                        "{love}，你站在谁那边？",
                        "你为了{lead}，连我都不要了？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "不用你护，但谢谢。",
                        "这一次，你没有站错。",
                        "我自己能行，不过谢了。",
                        "总算，你开口了一次。",
                    ],
                },
            ],
        },
        {
            "id": "rev-aide-files",
            "beat": "reversal",
            "action": [
                "{aide}推门而入，把一摞文件放在桌上。",
                "{aide}带着两名律师快步走进{place}。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{lead}，资料全了，一份不少。",
                        "按您的吩咐，证据已经公证。",
                        "{lead}，原件都在，复印件已发。",
                        "证据齐了，每一份都有公章。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "念给大家听听。",
                        "各位，这些比我说话管用。",
                        "发下去，每人一份。",
                        "各位慢慢看，不着急。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "这些东西，你从哪儿弄来的？",
                        "你早就准备好了？",
                        "谁给你的？谁出卖了我？",
                        "你……你查了多久？",
                    ],
                },
            ],
        },
        {
            "id": "rev-shares",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "{lead}把一份股权书放在会议桌中央。",
                "投影亮起，股东名单最上面是{lead}的名字。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["不好意思，我现在是最大股东。", "这些散股，我收了整整一年。"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["神秘买家……是你？", "不可能，你哪来的钱？"],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["你早就算计好了！", "你一直在背后搞鬼！"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "rev-slip",
            "beat": "reversal",
            "action": ["{rival}说到一半，忽然住了口。", "{lead}盯着{rival}，嘴角一点点扬起。"],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "我还没说是哪天，你怎么知道？",
                        "这个细节，只有在场的人知道。",
                        "我没提地点，你怎么说得出？",
                        "这件事没人说过，你从哪儿听的？",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "我、我是听别人说的。",
                        "你故意套我的话？",
                        "我……我只是随口一猜！",
                        "你设套给我钻？",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "{rival}，你还有什么瞒着我？",
                        "原来你一直在说谎。",
                        "{rival}，你到底骗了我多少？",
                        "你说的话，还有几句是真的？",
                    ],
                },
            ],
        },
        {
            "id": "rev-call",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "{lead}当着众人拨出一个电话，只说了一句话。",
                "{lead}挂断电话，{elder}的手机紧跟着响了。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "合作取消，按违约处理。",
                        "嗯，可以收网了。",
                        "项目撤回，一分钱不留。",
                        "通知下去，今天就停。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "什么？项目被撤了？",
                        "谁？谁有这么大的权力？",
                        "合作方怎么突然全撤了？",
                        "一个电话，项目就黄了？",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "你到底打给了谁？",
                        "不可能，一个电话就……",
                        "电话那头，到底是谁？",
                        "你……你认识什么人？",
                    ],
                },
            ],
        },
        {
            "id": "rev-old-debt",
            "beat": "reversal",
            "action": ["{lead}从包里抽出一张泛黄的借据。", "{lead}把一本旧账册摊开在{elder}面前。"],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "这笔旧账，您还没还。",
                        "签名是您的，要不要对对笔迹？",
                        "欠条在这，您还认吗？",
                        "这张旧单据，您眼熟吧？",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "这东西怎么会在你手里？",
                        "你想怎么样？开个条件。",
                        "这个……早就该毁了！",
                        "收起来，我们好好谈。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "不想怎样，只想要个公道。",
                        "条件很简单，把{stake}还回来。",
                        "我只要一个说法。",
                        "还回{stake}，账就清了。",
                    ],
                },
            ],
        },
        {
            "id": "rev-guest-of-honor",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "主持人宣布：今晚的贵宾到场。聚光灯转向了{lead}。",
                "贵宾席的名牌上，写着{lead}的名字。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "贵宾？怎么会是{lead}？",
                        "搞错了吧，怎么可能？",
                        "主桌？{lead}凭什么坐主桌？",
                        "一定是弄错了，不会是{lead}！",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "没搞错，是我亲自请的。",
                        "这位，可是今晚的主角。",
                        "请柬是我发的，错不了。",
                        "{lead}的座位，我特意留的。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": [
                        "你坐的位置，是我让出来的。",
                        "刚才站着，是懒得跟你抢。",
                        "我坐主桌，你有意见？",
                        "请柬在这，你的呢？",
                    ],
                },
            ],
        },
        {
            "id": "rev-restaurant-bill",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "经理快步走来，当着众人对{lead}躬身。",
                "{rival}甩出卡，经理却摇头退了回去。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "这顿我请，算可怜你。",
                        "服务员，{lead}那份也记我账上。",
                        "吃不起就说，我请客。",
                        "点吧，这里的价你付不起。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "不必了，这家店是我的。",
                        "经理，以后这位客人，不接待。",
                        "不用请，我是这里的老板。",
                        "经理，这桌免单，下不为例。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "你的店？你开什么玩笑！",
                        "你……你什么时候买下的？",
                        "老板？你怎么可能是老板！",
                        "这不可能，经理你说话啊！",
                    ],
                },
            ],
        },
        {
            "id": "rev-witness",
            "beat": "reversal",
            "action": ["{aide}带进来一个发抖的中年人。", "一个穿工装的人被带进{place}，低着头。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "说吧，把那天的事说清楚。",
                        "当着大家的面，再说一遍。",
                        "别怕，把你看到的都说出来。",
                        "人带来了，让他自己讲。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "你来干什么！谁让你来的！",
                        "别听他胡说，他是被收买的！",
                        "他的话不能信，他恨我！",
                        "把他带走，这是污蔑！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "急什么？让他说完。",
                        "被收买？那就查查是谁的钱。",
                        "慌什么？他才开口。",
                        "让他说，真假大家自有判断。",
                    ],
                },
            ],
        },
        {
            "id": "rev-chat-log",
            "beat": "reversal",
            "action": [
                "{lead}把聊天记录投在大屏幕上，一条条往下翻。",
                "手机屏幕上，一排消息清清楚楚。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "头像眼熟吗？认认。",
                        "删了也没用，云端都有备份。",
                        "这个账号，大家都认得吧？",
                        "聊天时间，正好是那天夜里。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "你偷看我手机！",
                        "谁给你的？是谁出卖我！",
                        "这是侵犯隐私，我要告你！",
                        "你哪来的截图？说！",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "都闭嘴！{rival}，跟我过来。",
                        "丢人现眼，还不走？",
                        "够了，{rival}，回去再说。",
                        "还嫌不够丢人？出去！",
                    ],
                },
            ],
        },
        {
            "id": "rev-signature-needed",
            "beat": "reversal",
            "action": ["律师合上文件，所有人看向{lead}。", "签字笔递到一半，停在了空中。"],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "没有{lead}签字，这事办不成。",
                        "按章程，{lead}不点头就无效。",
                        "少了{lead}的签名，一切作废。",
                        "规矩写着，{lead}得同意才行。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "凭什么要{lead}签？",
                        "什么时候改的章程？",
                        "{lead}哪来的签字权？",
                        "这条规矩，我怎么不知道？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": [
                        "现在，轮到你们求我了。",
                        "想要我签？先把话说软点。",
                        "笔在我手里，您说呢？",
                        "签不签，看我心情。",
                    ],
                },
            ],
        },
        {
            "id": "rev-tables-turned",
            "beat": "reversal",
            "action": [
                "{lead}接过{rival}递来的文件，当场翻到最后一页。",
                "{lead}把{rival}准备的材料还了回去，多了几处红笔。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "这一页，你自己的签名。",
                        "你设的套，自己先钻进去了。",
                        "看清楚，落款是你的名字。",
                        "这个坑，是你亲手挖的。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "怎么会有我的名字？",
                        "不对，这份明明是……",
                        "这不是我签的！不是！",
                        "这……这签名怎么会是我？",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "自己挖坑自己跳，少见。",
                        "精彩，这一手真漂亮。",
                        "搬起石头砸自己的脚啊。",
                        "这出戏，比我想的好看。",
                    ],
                },
            ],
        },
        {
            "id": "rev-love-evidence",
            "beat": "reversal",
            "action": [
                "{love}沉默许久，把一只信封放在桌上。",
                "{love}当众拿出手机，翻出一段视频。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "我查过了，{lead}是清白的。",
                        "那天的事，我看见了。",
                        "我能作证，{lead}没做过。",
                        "那晚我也在，我全看见了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "你怎么能帮着外人对付我？",
                        "{love}，你要毁了我吗？",
                        "{love}，你怎么忍心这样对我？",
                        "连你也不信我了吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "谢谢。你终于肯说实话了。",
                        "迟了一点，但还不算太晚。",
                        "这句话，我等了很久。",
                        "你总算看清了。",
                    ],
                },
            ],
        },
        {
            "id": "rev-elder-private",
            "beat": "reversal",
            "action": [
                "{lead}凑近{elder}，声音只有两人能听见。",
                "{lead}递给{elder}一张照片，{elder}的脸色瞬间变了。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "您藏在保险柜里的东西，我看过了。",
                        "您去年的那笔账，要我当众念吗？",
                        "您书房的暗格，我打开过。",
                        "那份私下签的协议，在我这儿。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "你到底想怎么样？",
                        "小声点，有话我们好说。",
                        "别说了！我们私下谈。",
                        "你……你想要什么？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "先请{rival}出去。",
                        "很简单，收回您刚才的话。",
                        "让{rival}先回避。",
                        "第一步，向我道歉。",
                    ],
                },
            ],
        },
        {
            "id": "rev-countdown",
            "beat": "reversal",
            "action": ["{lead}看了一眼手表，开始倒数。", "{lead}竖起三根手指，一根根放下。"],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "三、二、一，新闻该出来了。",
                        "时间到，看看你们的手机。",
                        "各位，刷新一下手机。",
                        "十点整，热搜该换了。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{lead}，消息全网推送了。",
                        "发出去了，热度第一。",
                        "{lead}，稿子发了，转发破万。",
                        "各大平台同步推送了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "这是什么新闻？删掉！",
                        "不行，马上撤下来！",
                        "谁发的？快给我撤掉！",
                        "不能发，这会毁了我！",
                    ],
                },
            ],
        },
        {
            "id": "rev-promise-kept",
            "beat": "reversal",
            "action": [
                "{lead}把一只锦盒放在{elder}面前，里面是{elder}丢失多年的东西。",
                "{lead}把失而复得的信物推了过去。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "这是您找了很多年的吧？",
                        "您要的东西，我替您找回来了。",
                        "认得这个吗？您丢了很久。",
                        "物归原主，您收好。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "这……你从哪里找到的？",
                        "你为什么要帮我？",
                        "这东西……怎么会在你这？",
                        "你……图的是什么？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "我不是帮你，是还我母亲一个人情。",
                        "收下吧，我们之间的账另算。",
                        "别误会，这不是讨好。",
                        "一码归一码，旧账照算。",
                    ],
                },
            ],
        },
        {
            "id": "rev-hidden-owner",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "保安队长走进来，看见{lead}立刻立正。",
                "前台经理一路小跑，停在{lead}面前。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "还不把{lead}赶出去？",
                        "愣着干什么？轰走！",
                        "保安呢？把{lead}请出去！",
                        "这种人也放进来？赶走！",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "smug",
                    "say": [
                        "你让保安赶谁？看清楚了。",
                        "这里的门禁，是{lead}签字批的。",
                        "保安听谁的，你问问他们。",
                        "赶人之前，先看看大楼的产权。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "不用赶，我自己会走，带着合同走。",
                        "算了，别为难他们。",
                        "别吓着他们，都是打工的。",
                        "我走可以，合同跟我走。",
                    ],
                },
            ],
        },
        {
            "id": "rev-cold-refusal",
            "beat": "reversal",
            "action": [
                "{rival}伸手来抢，{lead}侧身一让，{rival}扑了个空。",
                "{lead}把东西收进口袋，冲{rival}笑了笑。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "给我！那是我的！",
                        "你凭什么拿着？还给我！",
                        "放下！谁准你碰的！",
                        "那是我的东西，还来！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "是你的？名字写的是我。",
                        "想要，拿证据来换。",
                        "你的？你叫得出它的编号吗？",
                        "抢？那就当众说清楚。",
                    ],
                },
            ],
        },
        {
            "id": "rev-prize-heiress",
            "beat": "reversal",
            "tropes": ["heiress"],
            "action": [
                "{lead}把一份获奖名单投上大屏幕，{rival}的名字被红线划掉。",
                "{lead}把一张收据放在钢琴上。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["你的钢琴金奖，是花钱买的。", "评委收了多少，收据上写着。"],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["你胡说！那是我自己弹的！", "谁给你的？你调查我？"],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["{rival}，回房间去。", "还嫌不够丢人吗？"],
                },
            ],
        },
        {
            "id": "rev-rescue-hidden",
            "beat": "reversal",
            "tropes": ["hidden_identity"],
            "identity": "hidden",
            "action": [
                "{lead}推开围观的人，几下急救按压，监护仪的曲线平稳了。",
                "医生还没赶到，{lead}已经稳住了病人。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["你……居然还会这个？", "你什么时候学的急救？"],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["瞎猫碰上死耗子罢了。", "装模作样，运气好而已。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["在北边待过几年，顺手。", "运气？你也来一个试试。"],
                },
            ],
        },
        {
            "id": "rev-clause-ceo",
            "beat": "reversal",
            "tropes": ["ceo_romance"],
            "action": [
                "{lead}翻开契约第七页，指给{love}看。",
                "{lead}把契约推到{love}面前，红笔圈着一条。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["第七条，你违约了，总裁。", "白纸黑字，是你先越界。"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": ["说吧，你想要什么？", "违约金多少，你开口。"],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": ["不要钱，要你当众道歉。", "违约金不用，把人给我撤了。"],
                },
            ],
        },
        {
            "id": "rev-ledger-revenge",
            "beat": "reversal",
            "tropes": ["revenge"],
            "action": [
                "{lead}把一本发黄的账本推到{elder}面前。",
                "账本的最后一页，有{elder}的亲笔签名。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["十年前的账，该算算了。", "这一页，您还认得吗？"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["这账本，你从哪儿弄来的？", "这东西早该烧了……"],
                },
            ],
        },
        {
            "id": "rev-foresight-rebirth",
            "beat": "reversal",
            "tropes": ["rebirth"],
            "action": [
                "{lead}在{rival}开口之前，先把话说了出来。",
                "{lead}抬手看表，一分不差地说出下一件事。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["你下一句，是要说你被冤枉了。", "五分钟后，你的电话会响。"],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["你……你怎么知道？", "你到底知道多少？"],
                },
            ],
        },
        {
            "id": "rev-kid-resemblance",
            "beat": "reversal",
            "tropes": ["secret_baby"],
            "action": [
                "孩子仰起脸，{love}愣在原地：那张脸和自己小时候一模一样。",
                "{elder}看着孩子的眉眼，茶杯停在嘴边。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["这孩子……多大了？", "他的眼睛，怎么这么像……"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["跟你没关系，让开。", "别看了，孩子怕生。"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["像，真是太像了……", "去查，马上去查！"],
                },
            ],
        },
        {
            "id": "rev-trial-wolf",
            "beat": "reversal",
            "tropes": ["werewolf"],
            "identity": "hidden",
            "action": [
                "{lead}第一个冲出黑松林，手里握着族旗。",
                "族人们围在终点，看着{lead}把旗插进土里。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["不可能，你怎么会比我快？", "你作弊！一定有人帮你！"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["你走的那条路，是我让的。", "规矩是长老定的，我赢了。"],
                },
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": ["族旗归{lead}，谁也不许争。", "按族规，{lead}赢了。"],
                },
            ],
        },
        {
            "id": "rev-mother-letter",
            "beat": "reversal",
            "tropes": ["stepmother"],
            "action": [
                "{aide}把一封旧信交到{lead}手里，信封上是原配的笔迹。",
                "{lead}当众拆开母亲留下的信。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "sad",
                    "say": ["这是夫人临走前交给我的。", "夫人说，等您长大再给您。"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["什么信？拿来给我！", "她还留了什么？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["我母亲什么都算到了，包括您。", "想看？我念给大家听。"],
                },
            ],
        },
        {
            "id": "expose-prop-screen",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{lead}一抬手，{prop}的内容投上了大屏幕。",
                "{aide}把{prop}放在桌上，所有人都围了过来。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["{scheme}，从头到尾都是你的局。", "{prop}在这儿，你还想怎么编？"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["这是伪造的！你陷害我！", "不……不是这样的，你听我解释！"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": ["原来是你，一直都是你。", "你骗了所有人。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-confession-trap",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{schemer}得意地说完最后一句，{lead}从口袋里拿出正在录音的手机。",
                "{schemer}话音刚落，会议室的扩音器里传出了同一句话。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smug",
                    "say": ["是我做的又怎样？没人会信你。", "对，是我，你能拿我怎么样？"],
                    "knows": ["scheme"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["现在，所有人都信了。", "谢谢你亲口承认。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["{schemer}……你竟敢做出这种事！", "{family}家的脸，全让你丢尽了！"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-aide-chain",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "{aide}一份份摆出证据，时间、地点、经手人，一环扣一环。",
                "白板上，{aide}画出一条完整的证据链。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["{prop}、转账、证人，全齐了。", "每一步，都有{schemer}的签字。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": ["你们串通好了整我！", "一个助理的话，谁会信！"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["证据不需要谁信，它自己会说话。", "整你？是你自己把路走绝了。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-public",
            "beat": "reversal",
            "phase": "expose",
            "action": [
                "直播镜头对准了{schemer}，弹幕瞬间刷满屏幕。",
                "{place}里，所有人的手机同时收到了同一条新闻。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["{scheme}的真相，全城都看到了。", "各位，这就是{scheme}的幕后之人。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "crying",
                    "say": ["关掉！快把镜头关掉！", "求你们别拍了……"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["这下，谁也保不住你了。", "精彩，可惜我不站输家。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-police",
            "beat": "reversal",
            "phase": "expose",
            "action": ["门外传来脚步声，两名警察走了进来。", "警察出示证件，径直走向{schemer}。"],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["{prop}已经交给警方了。", "我报的警，证据也是我交的。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "pleading",
                    "say": ["{lead}，我错了，放过我这一次！", "看在往日的情分上，饶了我！"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["饶你？你当初可没饶过我。", "这话，留着跟法官说。"],
                },
            ],
        },
        {
            "id": "expose-frame-cctv",
            "beat": "reversal",
            "schemes": ["frame_theft"],
            "phase": "expose",
            "action": [
                "{lead}让保安调出{prop}：画面里，{schemer}把项链塞进了{lead}的包。",
                "录像定格在{schemer}伸手的那一秒。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["项链是怎么进我包的，大家看清了。", "走廊的摄像头，比你诚实。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["我……我只是放错了包！", "那是我看错了，是误会！"],
                },
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": ["{schemer}，你竟然栽赃{lead}！", "给{lead}道歉，立刻！"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-design-draft",
            "beat": "reversal",
            "schemes": ["stolen_design"],
            "phase": "expose",
            "action": [
                "{lead}打开{prop}，每一页右下角都有日期和签名。",
                "手稿和成品并排投上屏幕，连修改痕迹都一模一样。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["我的手稿，比你的发布早三个月。", "改稿的痕迹，你照抄都没抄对。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": ["手稿也能造假！", "日期谁不会写？你血口喷人！"],
                },
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": ["墨迹做过鉴定，确实是三个月前。", "不好意思，鉴定是我亲自送的。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-poison-lab",
            "beat": "reversal",
            "schemes": ["poison"],
            "phase": "expose",
            "action": [
                "{lead}把{prop}拍在桌上：汤没问题，药瓶里的药被换过。",
                "医生拿着{prop}走出来，目光落在{schemer}身上。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["汤是干净的，有问题的是药瓶。", "药瓶上的指纹，只有你一个人的。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["我、我只是帮忙拿药……", "不是我！是别人换的！"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["你居然对老人家下手？", "{schemer}，你怎么狠得下心？"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-will-original",
            "beat": "reversal",
            "schemes": ["forged_will"],
            "phase": "expose",
            "action": ["律师打开保险柜，取出真正的{prop}。", "两份遗嘱并排放着，签名一真一假。"],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": ["原件一直在律所，从没离开过。", "真的遗嘱，继承人写的是{lead}。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "shocked",
                    "say": ["不可能，原件明明已经……", "你们什么时候找到的？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["以为烧了？复印件也是你烧的。", "那份假遗嘱，您留着做纪念吧。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-pregnancy-record",
            "beat": "reversal",
            "schemes": ["fake_pregnancy"],
            "phase": "expose",
            "action": [
                "{lead}把医院的{prop}递给{love}：上面写着，未孕。",
                "护士被请上台，手里拿着{prop}。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["医院的原始记录，写的是未孕。", "孕检单是改的，医生已经承认了。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "crying",
                    "say": ["我只是太爱{love}了……", "我没办法，我怕失去你！"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": ["用孩子骗我？你真让我恶心。", "从今天起，我们没有任何关系。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-photos-original",
            "beat": "reversal",
            "schemes": ["scandal_photos"],
            "phase": "expose",
            "action": [
                "{lead}放大{prop}，拼接的痕迹清清楚楚。",
                "原图和热搜照片并排放着，背景里的钟走得不一样。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["原图里，根本没有那个人。", "阴影方向都不对，拼得太急了。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "smiling",
                    "say": ["照片是我买的，又不是我拍的。", "我只是个传话的，何必较真？"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["付款记录在这，收款人是你的助理。", "摄影师已经作证，是你下的单。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-launch-log",
            "beat": "reversal",
            "schemes": ["sabotaged_launch"],
            "phase": "expose",
            "action": [
                "{lead}调出{prop}，删除记录的账号清清楚楚。",
                "技术员被带上台，手里拿着打印出来的{prop}。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["凌晨一点，删文件的账号是你的。", "技术员已经说了，钱是你给的。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "cold",
                    "say": ["日志也能改，这算什么证据？", "一个技术员的话，你也信？"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["转账记录也在，三笔，都是你。", "日志有双重备份，改不了。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-kidnap-dashcam",
            "beat": "reversal",
            "schemes": ["kidnapping"],
            "phase": "expose",
            "action": [
                "{lead}播放{prop}：画面里，{schemer}自己拉开车门，笑着坐了进去。",
                "行车记录仪的画面定格，{schemer}正在车里打电话。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["被绑的人，会自己上车吗？", "这场绑架，导演和主演都是你。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["我……我是被逼的！", "那是……那是演习！"],
                },
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": ["你拿全家人的担心当儿戏？", "我为你担惊受怕三天，你……"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-contract-seal",
            "beat": "reversal",
            "schemes": ["contract_fraud"],
            "phase": "expose",
            "action": [
                "{lead}把{prop}摊开：那晚十一点，公章被取走过一次。",
                "{aide}把{prop}和门禁记录放在一起。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["那晚取公章的人，签的是你的名。", "笔迹鉴定出来了，签名是描的。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "angry",
                    "say": ["取公章是正常流程！", "你们查我？谁给你们的权力？"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "门禁、监控、登记本，三样都对上了。",
                        "合同作废的通知，已经发给银行了。",
                    ],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-fire-archive",
            "beat": "reversal",
            "schemes": ["fire_cover_up"],
            "phase": "expose",
            "action": [
                "{lead}把{prop}的原件和篡改过的副本摆在一起。",
                "老消防员被请进来，手里捧着发黄的{prop}。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["起火点不是厨房，是书房。", "有人改了档案，原件还在。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "afraid",
                    "say": ["那么多年了，谁还说得清？", "你……你从哪儿找到的？"],
                },
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": ["档案改过两处，改的人签了名。", "老档案员都记得，是你来找的他。"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "expose-dna-sample",
            "beat": "reversal",
            "schemes": ["fake_dna"],
            "phase": "expose",
            "action": [
                "{lead}拿出{prop}：送检的血样编号，和采血时对不上。",
                "化验员低着头走进来，手里攥着{prop}。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["血样被调换了，编号就是证据。", "重新采血，结果一小时后出来。"],
                    "knows": ["scheme"],
                },
                {
                    "who": "schemer",
                    "emotion": "furious",
                    "say": ["化验员胡说！他被你收买了！", "一个编号，能说明什么！"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["你竟然在鉴定上动手脚？", "{schemer}，这种事你也做得出来？"],
                    "knows": ["scheme"],
                },
            ],
        },
        {
            "id": "esc-tear-report",
            "beat": "escalation",
            "identity": "hidden",
            "action": ["{rival}一把夺过文件，撕得粉碎。", "纸片纷纷扬扬落在{lead}脚边。"],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "假的！保安，把这个疯子拖出去！",
                        "撕了，看你还拿什么说话！",
                        "一派胡言！来人，把人轰走！",
                        "撕碎了，我看你还有什么！",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "pleading",
                    "say": [
                        "等等，先别动手！",
                        "都冷静一点，听我说！",
                        "别这样，让{lead}把话说完！",
                        "先停下，有话好好说！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "撕吧，我还有十份。",
                        "今天你们赶我走，明天别求我回来。",
                        "尽管撕，原件不在这。",
                        "撕得掉纸，撕不掉事实。",
                    ],
                },
            ],
        },
        {
            "id": "esc-security",
            "beat": "escalation",
            "identity": "hidden",
            "action": ["两个保安架住{lead}往外拖，{lead}没有挣扎。", "保安的手按上{lead}的肩膀。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "拖出去，以后不许{lead}踏进一步。",
                        "把人扔到门外，别脏了地。",
                        "来人，把{lead}请出{family}家。",
                        "带走，以后门口不许放行。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "别碰我，我自己会走。",
                        "放手。我走，但我会回来。",
                        "手拿开，路我认得。",
                        "不劳各位，我自己出去。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "慢走不送，记得关门。",
                        "门口的台阶，你最熟了。",
                        "走好，别回头，没人留你。",
                        "这回，可别再回来了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-freeze-all",
            "beat": "escalation",
            "identity": "hidden",
            "action": ["{lead}的手机接连震动，一条条都是冻结通知。", "{aide}冲进来，脸色发白。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "{lead}，所有账户都被冻结了。",
                        "合作方全部撤了，同一时间。",
                        "{lead}，银行刚通知，卡全停了。",
                        "供应商集体毁约，一夜之间。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "smug",
                    "say": [
                        "这只是开始，你还有什么？",
                        "没有{family}家，你寸步难行。",
                        "离了{family}家，你什么都不是。",
                        "还撑得住吗？我看你能撑几天。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "冻吧，我的钱不在这几张卡上。",
                        "开始？那我们就慢慢来。",
                        "卡停了，人还在。",
                        "急什么，好戏在后头。",
                    ],
                },
            ],
        },
        {
            "id": "esc-rumor",
            "beat": "escalation",
            "action": [
                "{rival}拿着手机，把一条帖子转发给所有人。",
                "群聊里，一条关于{lead}的谣言刷了屏。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "全公司都知道你是什么人了。",
                        "谣言？说的人多了就是真的。",
                        "群里都传遍了，你还不知道吧？",
                        "现在谁见了你，不指指点点？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你转发一次，律师函多一页。",
                        "截图我存了，慢慢算。",
                        "造谣的代价，你付得起吗？",
                        "每条记录，我都公证了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-doubt",
            "beat": "escalation",
            "action": ["{love}把一张照片摔在{lead}面前。", "{love}背对{lead}站在窗前，声音发哑。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": [
                        "你到底瞒了我多少事？",
                        "解释，我只听这一次。",
                        "你还有多少事是我不知道的？",
                        "给我一句实话，就一句。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你信照片，不信我。",
                        "不想解释，你爱信不信。",
                        "你已经信了，我还说什么？",
                        "解释给不信的人，没有用。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "我想信你，你给我个理由。",
                        "{lead}，别让我猜了。",
                        "说点什么，哪怕骗骗我。",
                        "{lead}，我真的很累了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-rival-tears",
            "beat": "escalation",
            "action": [
                "{rival}忽然跪下，抱住{elder}的腿大哭。",
                "{rival}的眼泪说来就来，哭得上气不接下气。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "都是我的错，您别怪{lead}。",
                        "我走，我走还不行吗？",
                        "是我不好，惹{lead}生气了。",
                        "我退出，只要大家别吵了。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "angry",
                    "say": [
                        "{lead}，看看你把{rival}逼成什么样了！",
                        "你满意了？把这个家搅成这样！",
                        "{rival}哭成这样，你还不道歉？",
                        "你就不能让着{rival}一点？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "眼泪收一收，戏过了。",
                        "哭得真好，可惜观众不是我。",
                        "这眼泪，来得真及时。",
                        "哭完了？该说正事了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-elder-ultimatum",
            "beat": "escalation",
            "action": ["{elder}把一份断绝关系的声明推到桌边。", "{elder}摘下眼镜，一字一句地说。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "签了它，从此两不相干。",
                        "你和{stake}，只能留一个。",
                        "签字，拿钱走人。",
                        "今天必须签，没得商量。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "两个我都要，一个不少。",
                        "我签，但您会后悔。",
                        "这份协议，我不签。",
                        "笔给我，后果您来担。",
                    ],
                },
            ],
        },
        {
            "id": "esc-wildcard-double",
            "beat": "escalation",
            "action": [
                "{wildcard}在{rival}耳边说了句什么，{rival}笑了。",
                "{wildcard}当着{lead}的面，和{rival}碰杯。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "别怪我，我只是站在赢面大的一边。",
                        "生意就是生意，{lead}，你懂的。",
                        "赢面在哪，我就在哪，不怪我吧？",
                        "{lead}，这次的筹码，对方给得多。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "看见了吗？连{wildcard}都站我。",
                        "你的盟友，现在是我的了。",
                        "你的人，一个个都到我这了。",
                        "{wildcard}也选了我，你还剩谁？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "墙头草，风一吹就倒。",
                        "随你，我从没信过你。",
                        "去吧，我本来就没指望你。",
                        "倒得真快，我记下了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-media-storm",
            "beat": "escalation",
            "action": ["门外堵满了记者，闪光灯不停。", "{place}外，举着牌子的人越聚越多。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "{lead}，后门也被堵住了。",
                        "舆论全面倒向对方了。",
                        "{lead}，楼下全是记者。",
                        "热搜挂了一整天，撤不下来。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "那就走正门，让他们拍。",
                        "越多人看，越好。",
                        "让他们拍，正好替我作证。",
                        "不躲，我亲自下去。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "这下，全城都认得你了。",
                        "出名的滋味怎么样？",
                        "上热搜了，恭喜啊。",
                        "头条都是你，开心吗？",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-engaged",
            "beat": "escalation",
            "action": [
                "{rival}挽着{love}的手臂，把请柬递给{lead}。",
                "大红请柬落在{lead}手里，新郎那一栏写着{love}。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "下周婚礼，记得来喝喜酒。",
                        "位置给你留好了，最后一排。",
                        "请柬给你，别迟到哦。",
                        "婚礼那天，你可一定要来。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "{lead}，我有我的苦衷。",
                        "别问了，这是我欠的债。",
                        "{lead}，我有不得已的理由。",
                        "以后你会明白的，现在别问。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "我一定去，还带份大礼。",
                        "恭喜。祝你们撑到婚礼那天。",
                        "好，我会准时到场。",
                        "喜酒我喝，贺礼你们收好。",
                    ],
                },
            ],
        },
        {
            "id": "esc-stake-lost",
            "beat": "escalation",
            "action": ["{elder}当众宣布决定，满屋掌声。", "公告贴了出来，{stake}那一栏换了名字。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smug",
                    "say": [
                        "{stake}，从今天起归{rival}。",
                        "大家都点了头，不必再议。",
                        "{stake}归{rival}，就此定了。",
                        "投票结果出来了，没有异议。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": [
                        "谢谢大家，我不会让大家失望。",
                        "这个位置，我坐定了。",
                        "谢谢信任，我一定做好。",
                        "从今往后，这里我做主。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "点头的人里，有一个是我的。",
                        "坐稳了，别掉下来。",
                        "票数，还没数完呢。",
                        "这把椅子，你坐不久。",
                    ],
                },
            ],
        },
        {
            "id": "esc-ambush-invite",
            "beat": "escalation",
            "action": [
                "{rival}当众递来一杯酒，笑得意味深长。",
                "{rival}把酒杯塞到{lead}手里，全场都在看。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": [
                        "喝了这杯，以前的事一笔勾销。",
                        "不喝？就是不给大家面子。",
                        "干了这杯，我们重新开始。",
                        "大家都喝了，就差你了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "这杯酒，你先喝一口。",
                        "你的酒，我不敢喝。",
                        "换一杯，你先干。",
                        "你先喝，我再考虑。",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "有意思，这杯酒可不简单。",
                        "我赌{lead}不会喝。",
                        "这杯酒，味道怕是不对。",
                        "这酒，我劝谁都别喝。",
                    ],
                },
            ],
        },
        {
            "id": "esc-threat-aide",
            "beat": "escalation",
            "action": ["{elder}把{aide}的辞退书扔在地上。", "{aide}被两个人拦在门外，不许进。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "你的人，我先替你处理了。",
                        "下一个，就轮到你。",
                        "你身边的人，我一个个调走。",
                        "你的人，我已经请走了。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{lead}，别管我，做你该做的。",
                        "我没事，您继续。",
                        "{lead}，不用顾我，按计划走。",
                        "我撑得住，您别分心。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "动我的人，你想清楚了？",
                        "这笔账，我记在你头上。",
                        "我的人，你也敢碰？",
                        "您这一步，走错了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-leaves",
            "beat": "escalation",
            "action": ["{love}转身要走，{lead}没有叫住。", "车门关上，{love}的车消失在雨里。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "我们之间，就到这里吧。",
                        "你要的，我给不了。",
                        "别找我了，我们结束了。",
                        "对不起，我只能走到这。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "走好，路上别回头。",
                        "我从来没求你留下。",
                        "门在那边，不送。",
                        "要走就走，我不拦。",
                    ],
                },
            ],
        },
        {
            "id": "esc-wildcard-price",
            "beat": "escalation",
            "action": [
                "{wildcard}按住{lead}手里的文件，不让翻页。",
                "{wildcard}把{prop}的照片晃了晃，又收了回去。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{prop}我有，可价钱翻倍了。",
                        "想要真相？先陪我吃顿饭。",
                        "{prop}在我手上，价码变了。",
                        "真相不便宜，你出得起吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "翻倍可以，你得先活到交货。",
                        "饭不吃，条件你写下来。",
                        "价钱好说，东西先验。",
                        "坐地起价，小心没人买。",
                    ],
                },
            ],
        },
        {
            "id": "esc-rival-sabotage",
            "beat": "escalation",
            "action": [
                "{lead}刚要开口，{rival}抢先拿起了话筒。",
                "{rival}截住了{lead}要发出的邮件。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "你要说的，我替你说了。",
                        "你的底牌，我早看过了。",
                        "你的方案，我先发了。",
                        "你准备的，我抢先一步。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你看到的，是我想让你看的。",
                        "说得好，可惜说错了。",
                        "你抢的那份，是我放的饵。",
                        "抢得好，可惜是个旧版本。",
                    ],
                },
            ],
        },
        {
            "id": "esc-elder-slap-table",
            "beat": "escalation",
            "action": [
                "{elder}一掌拍在桌上，茶杯跳了起来。",
                "{elder}站起身，椅子刮出刺耳的声音。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "furious",
                    "say": [
                        "反了，你们都反了！",
                        "在这个家，我说了算！",
                        "谁给你们的胆子！",
                        "这个家，还轮不到你们做主！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "说了算的，是证据。",
                        "这个家，早就不是您的一言堂。",
                        "拍桌子，改变不了事实。",
                        "嗓门大，不代表有理。",
                    ],
                },
            ],
        },
        {
            "id": "esc-elder-fear",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder}独自坐在黑暗里，手里的茶早就凉了。",
                "{elder}一遍遍地拨着{lead}的电话。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "{identity}……我怎么没早看出来？",
                        "{lead}要是动手，{family}家就完了。",
                        "{identity}竟然就在我眼皮底下。",
                        "得罪了{identity}，{family}家怎么办？",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "您别怕，我还有一张牌。",
                        "{identity}也是人，是人就有弱点。",
                        "慌什么，我手里还有筹码。",
                        "{identity}又怎样，我有办法。",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "esc-rival-kneel",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival}当众跪在{lead}面前，宾客窃窃私语。",
                "{rival}挤出眼泪，抓住{lead}的衣角。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "pleading",
                    "say": [
                        "我不知道你是{identity}，我错了！",
                        "是我有眼无珠，给我一条活路吧！",
                        "早知道你是{identity}，我绝不敢！",
                        "我错了，求你高抬贵手！",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你道歉，是因为我的身份。",
                        "换了别人，你会跪吗？",
                        "你认的是身份，不是错。",
                        "若我还是从前的我，你会低头吗？",
                    ],
                },
            ],
        },
        {
            "id": "esc-new-scheme",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder}和{wildcard}在车里密谈，车窗紧闭。",
                "一份新的计划书放在{elder}的书桌上。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{identity}又怎样，照样翻不了身。",
                        "明的不行，就来暗的。",
                        "{identity}也得守{family}家的规矩。",
                        "身份再硬，也架不住人多。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{identity}的软肋，我知道在哪儿。",
                        "这一次，价钱要另算。",
                        "对付{identity}，得加钱。",
                        "我有办法，只看你出多少。",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "esc-love-jealous",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{wildcard}为{lead}拉开车门，{love}在远处握紧了拳。",
                "{love}挡在{wildcard}和{lead}之间。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "离{lead}远点。",
                        "你凭什么站在{lead}身边？",
                        "{lead}身边，不缺你一个。",
                        "你接近{lead}，图什么？",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "凭{lead}需要的人，是我。",
                        "吃醋了？可惜你来晚了。",
                        "这话，你该问{lead}。",
                        "别急，我只是来谈生意的。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你们俩，谁都别替我做决定。",
                        "要吵出去吵，我还有事。",
                        "我的事，我自己拿主意。",
                        "都别争了，我自有分寸。",
                    ],
                },
            ],
        },
        {
            "id": "esc-flatterers",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "昨天还冷眼相待的亲戚，今天排着队来敬酒。",
                "{elder}亲自给{lead}拉开主位的椅子。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smiling",
                    "say": [
                        "一家人，以前的事都过去了。",
                        "快坐，这位置本来就是你的。",
                        "回来就好，家里一直给你留着房间。",
                        "以后{family}家，都听你的。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "昨天的茶，今天还凉着呢。",
                        "主位我坐，但账一笔不少。",
                        "门是您关的，别装忘了。",
                        "客套免了，直接谈正事。",
                    ],
                },
            ],
        },
        {
            "id": "esc-rival-desperate",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival}砸了满屋的东西，对着镜子冷笑。",
                "{rival}拨通一个陌生号码，声音压得很低。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "凭什么{identity}是{lead}，不是我！",
                        "我不甘心，我一定要{lead}跌下来！",
                        "这一切本该是我的，凭什么给{lead}！",
                        "我不认，{lead}根本不配！",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "想赢{lead}？我们谈谈条件。",
                        "别砸了，我给你出个主意。",
                        "不甘心？我可以帮你。",
                        "发火没用，合作才有用。",
                    ],
                },
            ],
        },
        {
            "id": "esc-public-doubt",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder}召开记者会，当众质疑{lead}的身份。",
                "屏幕上，{elder}举着一份文件对着镜头。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "所谓{identity}，根本就是冒充的。",
                        "我有证据，{lead}的身份是假的。",
                        "{lead}是冒牌货，我有证人。",
                        "这个{identity}，我不认。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": [
                        "他们在造谣，{lead}，我去处理。",
                        "法务部已经准备起诉了。",
                        "{lead}，律师函已经发出去了。",
                        "造谣的账号，我全记下了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "让{elder}说，说得越多，漏洞越多。",
                        "冒充？那我就再证明一次。",
                        "说吧，我听着，一会儿一起对质。",
                        "真假不难验，鉴定报告见。",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-apology",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{love}站在门外，手里拿着当年那枚戒指。",
                "雨里，{love}在{lead}楼下站了一整夜。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "pleading",
                    "say": [
                        "以前是我瞎了眼，再给我一次机会。",
                        "我不求原谅，只求你听我说完。",
                        "是我错了，我想补偿你。",
                        "给我一分钟，就一分钟。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你后悔的是错过了我，还是我的身份？",
                        "机会给过你，你没要。",
                        "现在回头，是不是太晚了？",
                        "你的道歉，我收下，仅此而已。",
                    ],
                },
            ],
        },
        {
            "id": "esc-serve-wine",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "{rival}把酒瓶塞到{lead}手里，指了指满桌宾客。",
                "{lead}被推到主桌旁，手里多了一只托盘。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "去，给客人们倒酒。",
                        "端盘子的，就该站着伺候。",
                        "愣着干嘛？去端酒。",
                        "今天你就负责倒酒。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "听见没有？这是你的本分。",
                        "倒完酒，去门口站着。",
                        "做好你该做的事。",
                        "别站着，去招呼客人。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "好，这杯酒，你们记住味道。",
                        "今天我倒的酒，明天你们喝不下。",
                        "好，我倒，你们慢慢喝。",
                        "这杯酒，你们会记一辈子。",
                    ],
                },
            ],
        },
        {
            "id": "esc-hold-fire",
            "beat": "escalation",
            "identity": "hidden",
            "action": ["{aide}攥紧手机，手指停在拨号键上。", "角落里，{aide}压低声音，眼眶发红。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": [
                        "{lead}，一个电话，他们全得闭嘴。",
                        "只要您一句话，我马上亮底牌。",
                        "{lead}，让我去，我受不了了。",
                        "他们太过分了，真不出手吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "不急，让他们再笑一会儿。",
                        "等他们爬到最高，再松手。",
                        "忍一时，让他们笑个够。",
                        "现在出手，太便宜他们了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "嘀咕什么呢？求人也没用。",
                        "打电话搬救兵？谁会理你。",
                        "说什么悄悄话？大声点啊。",
                        "找人帮忙？谁肯帮你？",
                    ],
                },
            ],
        },
        {
            "id": "cliff-black-cars",
            "beat": "cliffhanger",
            "identity": "hidden",
            "action": [
                "门外，一排黑色轿车停下。西装男人快步上前，对{lead}躬身。",
                "{rival}脸色煞白。定格。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "董事会已经等了您三年。",
                        "车备好了，所有人都在等您。",
                        "{lead}，您该回去了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["他们……在对谁鞠躬？", "怎么可能？{lead}凭什么？"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "cliff-schemer-call",
            "beat": "cliffhanger",
            "action": [
                "{schemer}挂断电话，嘴角一点点勾起。",
                "夜色里，{schemer}删掉了一条通话记录。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "scheming",
                    "say": [
                        "按计划，明晚动手。",
                        "这一次，{lead}插翅难飞。",
                        "东西备好了，等我消息。",
                    ],
                    "knows": ["scheme"],
                }
            ],
        },
        {
            "id": "cliff-love-photo",
            "beat": "cliffhanger",
            "action": [
                "{love}在{lead}的抽屉里，翻出一张自己小时候的照片。",
                "照片背面，写着一个日期和{love}的名字。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["这张照片，怎么会在你这儿？", "你到底是什么时候认识我的？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["放下，那不是你该看的。", "你不该翻我的东西。"],
                },
            ],
        },
        {
            "id": "cliff-elder-safe",
            "beat": "cliffhanger",
            "action": ["{elder}打开保险柜，取出一份发黄的档案。", "档案袋上盖着红章：绝密。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["这件事，{lead}绝不能知道。", "烧了它，一个字都别留。"],
                }
            ],
        },
        {
            "id": "cliff-hospital-call",
            "beat": "cliffhanger",
            "action": [
                "{lead}的手机响了，屏幕上是医院的号码。",
                "深夜，急救车的灯光照亮了{lead}的脸。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，医院来电话，情况很不好。", "人送进抢救室了，您快来！"],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["我马上到，拦住医生。", "怎么会……下午还好好的。"],
                },
            ],
        },
        {
            "id": "cliff-tailed",
            "beat": "cliffhanger",
            "action": [
                "后视镜里，一辆没挂牌的黑车跟了三个路口。",
                "车一拐弯，后面的车也跟着拐了。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，我们被跟踪了。", "后面那辆车，从医院就跟着了。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["别甩开，让他们跟。", "靠边停，我倒想看看是谁。"],
                },
            ],
        },
        {
            "id": "cliff-rival-lipstick",
            "beat": "cliffhanger",
            "action": [
                "{rival}对着镜子补口红，手机屏幕亮起：事情办妥了。",
                "{rival}删掉短信，对着镜子笑了。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["明天，你就笑不出来了。", "{lead}，这回看你怎么翻身。"],
                }
            ],
        },
        {
            "id": "cliff-love-confess",
            "beat": "cliffhanger",
            "action": ["{love}在门口拦住{lead}，欲言又止。", "{love}抓住{lead}的手，声音发紧。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "pleading",
                    "say": ["有件事，我必须告诉你。", "{lead}，其实那天的人是我……"],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["你刚才说什么？", "你……你再说一遍？"],
                },
            ],
        },
        {
            "id": "cliff-knock",
            "beat": "cliffhanger",
            "action": [
                "门铃响了。门外站着一个本该不在这座城市的人。",
                "门开了，{wildcard}撑着伞站在雨里。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["好久不见，{lead}。", "不请我进去坐坐？我带了礼物。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["你怎么会在这里？", "谁告诉你这个地址的？"],
                },
            ],
        },
        {
            "id": "cliff-prop-missing",
            "beat": "cliffhanger",
            "action": ["{lead}打开保险箱，{prop}不见了。", "抽屉被撬开，{prop}的位置空空如也。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，{prop}被人拿走了！", "门锁没坏，是有钥匙的人干的。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["能进这间屋的，只有三个人。", "内鬼，就在我们身边。"],
                },
            ],
        },
        {
            "id": "cliff-elder-collapse",
            "beat": "cliffhanger",
            "action": [
                "{elder}手一松，茶杯落地，人直直倒了下去。",
                "{elder}捂着胸口，扶着桌角慢慢滑下。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["快叫救护车！快啊！", "是你！是你气的！"],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["别乱动，都给我让开！", "快，打急救电话！"],
                },
            ],
        },
        {
            "id": "cliff-press-release",
            "beat": "cliffhanger",
            "action": [
                "所有屏幕同时亮起一条新闻，标题里是{lead}的名字。",
                "手机推送一条接一条，{lead}的照片挂在最上面。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，对方抢先发了通稿。", "热搜第一，评论全是骂声。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["来得好，正愁没人递梯子。", "让它挂着，明天一起算。"],
                },
            ],
        },
        {
            "id": "cliff-signature",
            "beat": "cliffhanger",
            "action": [
                "{lead}翻到合同最后一页，签名处赫然是自己的名字。",
                "一份{lead}从没见过的文件，落款是{lead}的签名。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["这个签名，不是我写的。", "我从没签过这份东西。"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["可所有人都会相信，是你签的。", "有意思，笔迹一模一样。"],
                },
            ],
        },
        {
            "id": "cliff-love-pen",
            "beat": "cliffhanger",
            "action": ["{elder}把一支笔递给{love}。", "{love}盯着文件，笔尖悬在纸上。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["签了它，{lead}就能平安。", "你签，我就放{lead}一马。"],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["……好，这个字我签。", "只要{lead}没事，我签。"],
                },
            ],
        },
        {
            "id": "cliff-wildcard-murmur",
            "beat": "cliffhanger",
            "action": [
                "{wildcard}摘下眼镜，望着{lead}远去的背影。",
                "{wildcard}打开一只旧怀表，里面嵌着一张合影。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": ["太像了，和当年那个人一模一样。", "找了这么多年，终于找到了。"],
                }
            ],
        },
        {
            "id": "cliff-aide-cut",
            "beat": "cliffhanger",
            "action": [
                "{aide}的电话突然断了，最后一句只有半截。",
                "电话那头传来一阵杂音，然后是忙音。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，别来，这是个圈套——", "{lead}，快走，他们——"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": ["{aide}？{aide}！", "定位发我，我现在就去。"],
                },
            ],
        },
        {
            "id": "cliff-old-photo",
            "beat": "cliffhanger",
            "action": [
                "{lead}打开一封没有署名的信，里面只有一张旧合影。",
                "照片上，母亲站在年轻的{elder}身边，笑得很开心。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["原来，你们早就认识。", "母亲……为什么会和{elder}在一起？"],
                }
            ],
        },
        {
            "id": "cliff-lights-out",
            "beat": "cliffhanger",
            "action": [
                "宴会厅的灯骤然熄灭，黑暗里传来杯子碎裂的声音。",
                "灯再亮起时，{lead}站过的地方空了。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["谁？是谁在那儿？", "灯！快把灯打开！"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["{lead}！{lead}人呢？", "刚才还在这儿的！"],
                },
            ],
        },
        {
            "id": "cliff-love-who",
            "beat": "cliffhanger",
            "identity": "hidden",
            "action": [
                "{love}接起电话，脸色骤变，缓缓看向{lead}。",
                "{love}放下手机，像看一个陌生人一样看着{lead}。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["你……你到底是谁？", "他们说的，是真的吗？"],
                }
            ],
        },
        {
            "id": "cliff-schemer-destroy",
            "beat": "cliffhanger",
            "action": [
                "{schemer}把一只U盘丢进碎纸机，又点了点手机。",
                "{schemer}站在窗前，低声吩咐电话那头的人。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "cold",
                    "say": ["把{prop}处理干净，一点都别留。", "{prop}要是露出去，你知道后果。"],
                    "knows": ["scheme"],
                }
            ],
        },
        {
            "id": "cliff-schemer-date",
            "beat": "cliffhanger",
            "action": [
                "{schemer}在日历上圈出一个日期，红笔划得很重。",
                "{schemer}合上文件，冲空气举了举杯。",
            ],
            "lines": [
                {
                    "who": "schemer",
                    "emotion": "smiling",
                    "say": ["那一天，{lead}会失去{stake}。", "倒计时开始了，{lead}。"],
                    "knows": ["scheme"],
                }
            ],
        },
        {
            "id": "cliff-rival-stops",
            "beat": "cliffhanger",
            "action": [
                "{lead}走过{rival}身边，轻轻丢下一句话。",
                "{rival}僵在原地，手里的杯子一晃。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["你藏在车库的东西，我看见了。", "明天早上，记得看新闻。"],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": ["你……你什么意思？", "站住！你给我说清楚！"],
                },
            ],
        },
        {
            "id": "cliff-elder-war",
            "beat": "cliffhanger",
            "identity": "revealed",
            "action": [
                "{elder}撕掉和{lead}的合影，扔进火里。",
                "{elder}对着电话，一字一句地下令。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "是{identity}又怎样，这城我说了算。",
                        "既然是{identity}，那就别怪我无情。",
                    ],
                    "knows": ["identity"],
                }
            ],
        },
        {
            "id": "cliff-rival-plot-revealed",
            "beat": "cliffhanger",
            "identity": "revealed",
            "action": [
                "{rival}盯着屏幕上{lead}的照片，慢慢划了一道叉。",
                "{rival}把一叠现金推给一个戴帽子的男人。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": ["{identity}？我会让全城都不信。", "身份再高，摔下来也一样疼。"],
                    "knows": ["identity"],
                }
            ],
        },
        {
            "id": "cliff-elder-waits",
            "beat": "cliffhanger",
            "identity": "revealed",
            "action": [
                "曾经赶{lead}出门的{elder}，此刻站在{lead}门外，已经等了三个小时。",
                "门开了，{elder}的腰弯了下去。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "pleading",
                    "say": ["我来，是求你一件事。", "只有你能救{family}家了。"],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["求我？先说说您拿什么换。", "进来吧，我听听看。"],
                },
            ],
        },
        {
            "id": "cliff-summons",
            "beat": "cliffhanger",
            "identity": "revealed",
            "action": [
                "一份烫金请柬送到{lead}手上，封口印着陌生的家徽。",
                "{aide}捧着一封信走来，信封上没有寄件人。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "neutral",
                    "say": [
                        "{lead}，对方指名要见{identity}。",
                        "信上说，当年的事，还有第二个知情人。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["来者不善，但我奉陪。", "去，我倒要看看是谁。"],
                },
            ],
        },
        {
            "id": "reveal-bow",
            "beat": "reveal",
            "action": [
                "一排黑衣人推门而入，齐齐向{lead}躬身。",
                "全场鸦雀无声，所有人都看着门口那排躬身的人。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["恭迎{lead}，{identity}回来了。", "各位，这位才是{identity}。"],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["你……你是{identity}？", "不可能，你怎么会是{identity}！"],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["我们……有眼不识泰山。", "怎么会是你？怎么偏偏是你？"],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["现在，轮到我说话了。", "刚才谁说我不配？站出来。"],
                },
            ],
        },
        {
            "id": "reveal-screen",
            "beat": "reveal",
            "action": [
                "大屏幕亮起，一份公证文件放大到每个人眼前。",
                "主持人念出名字，聚光灯打在{lead}身上。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": ["经过核实，{lead}就是{identity}。", "文件公证过了，千真万确。"],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["假的！{lead}收买了你！", "我不信！这都是{lead}编的！"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["信不信，你说了不算。", "不信？你可以去查，查一辈子。"],
                },
            ],
        },
        {
            "id": "reveal-board",
            "beat": "reveal",
            "action": [
                "董事会上，{aide}把任命书放在主位。{lead}缓缓坐下。",
                "主位空了三年，今天终于有人坐上去。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["各位，这是{identity}，{lead}。", "从今天起，集团由{lead}做主。"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["{identity}……一直就在眼皮底下？", "这三年，你一直看着我们？"],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["坐。刚才的话，我们接着谈。", "会议继续，先从{elder}的账查起。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "reveal-love",
            "beat": "reveal",
            "action": [
                "{love}看着众人向{lead}低头，手里的杯子慢慢放下。",
                "{love}推开人群，走到{lead}面前。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["原来你就是{identity}。", "所以你一直都在让着我们？"],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["我从没骗你，是你没问。", "你现在知道了，也不晚。"],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": ["{love}，别过去！", "这不可能，这一定是骗局。"],
                },
            ],
        },
        {
            "id": "reveal-phone",
            "beat": "reveal",
            "action": [
                "{elder}的手机响了，对方只说了一句话，{elder}就跌坐在椅子上。",
                "一个电话，让{elder}的脸色从红变白。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["{lead}……真的是{identity}？", "上头的人说，{lead}就是{identity}。"],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["不会的，{lead}只是个……", "您在说什么？{lead}怎么可能？"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["电话接完了？该道歉了。", "想好了再开口，我只听一遍。"],
                },
            ],
        },
        {
            "id": "reveal-wildcard",
            "beat": "reveal",
            "action": [
                "{wildcard}当众举杯，向{lead}微微低头。",
                "{wildcard}走到台中央，拿起话筒。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["敬{identity}，我早就猜到了。", "各位，隆重介绍：{identity}。"],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["你早就知道？为什么不说？", "你们……是一伙的？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["有些人眼睛亮，有些人眼睛瞎。", "有人早看清了，有人到现在才醒。"],
                },
            ],
        },
        {
            "id": "reveal-dna-heiress",
            "beat": "reveal",
            "tropes": ["heiress"],
            "action": [
                "{lead}把一份亲子鉴定放在桌上，{elder}看清结论，手一抖。",
                "鉴定书上的名字，让{elder}扶住了椅背。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["二十二年前，医院抱错了孩子。", "您看清楚，谁才是您的女儿。"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["你……才是{identity}？", "这么多年，我竟然认错了人……"],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["假的！报告是假的！", "我才是{family}家的女儿！"],
                },
            ],
        },
        {
            "id": "reveal-token-general",
            "beat": "reveal",
            "tropes": ["hidden_identity"],
            "action": [
                "{lead}掏出一枚旧令牌，门外的卫队齐刷刷立正。",
                "{aide}看见令牌，单膝跪地，全场死寂。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["北境旧部，恭候{identity}！", "属下来迟，请{identity}发令！"],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": ["{identity}……你是{identity}？", "我……我刚才是开玩笑的。"],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["玩笑开够了，该算账了。", "刚才的话，再说一遍。"],
                },
            ],
        },
        {
            "id": "reveal-wolf-awaken",
            "beat": "reveal",
            "tropes": ["werewolf"],
            "action": [
                "月光落下，{lead}的眼睛亮起银白的光，整片林子的狼齐齐低头。",
                "一声长嚎从林中传来，所有狼都伏下了身。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": ["银色的眼睛……{identity}？", "不可能，你明明没有狼魂！"],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["白狼的血脉……竟然还在。", "{identity}回来了，族规要变了。"],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["现在，谁还说我是废物？", "低头的，不止你们。"],
                },
            ],
        },
        {
            "id": "finale-justice",
            "beat": "finale",
            "action": [
                "警笛声远去，{schemer}被带上车，再没回头。",
                "{place}的门关上，所有的喧嚣都安静了。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["欠我的，今天都还清了。", "这一页，翻过去了。"],
                },
                {
                    "who": "aide",
                    "emotion": "smiling",
                    "say": ["{lead}，都结束了。", "以后，再没人能欺负您了。"],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": ["不，是刚刚开始。", "走吧，我们回家。"],
                },
            ],
        },
        {
            "id": "finale-love",
            "beat": "finale",
            "action": [
                "夕阳下，{love}把那枚戒指重新放进{lead}掌心。",
                "{love}站在当年的位置，这一次没有移开目光。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "tender",
                    "say": ["这一次，我不会再放手了。", "我欠你一句话：我选你。"],
                },
                {
                    "who": "lead",
                    "emotion": "smiling",
                    "say": ["迟到了很久，还好没缺席。", "那就别再让我等了。"],
                },
            ],
        },
        {
            "id": "finale-elder-apology",
            "beat": "finale",
            "action": [
                "{elder}白发散乱，当着全家人向{lead}低下头。",
                "{elder}颤着手，把{stake}的文件交到{lead}手里。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "sad",
                    "say": ["是我错了，错了这么多年。", "{stake}，本来就该是你的。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["道歉我收下，原谅要等很久。", "收下了。但有些事，回不去了。"],
                },
            ],
        },
        {
            "id": "finale-rival-end",
            "beat": "finale",
            "action": [
                "{rival}拖着行李箱走出{family}家大门，外面下着雨。",
                "{rival}回头看了一眼大宅，门已经关了。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": ["我什么都没有了……", "你赢了，你满意了？"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["我没赢你，是你输给了自己。", "好好重新开始吧。"],
                },
            ],
        },
        {
            "id": "finale-new-dawn",
            "beat": "finale",
            "action": [
                "天亮了，{lead}站在落地窗前，整座城在脚下醒来。",
                "晨光照进{place}，桌上放着一份新的计划书。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "smiling",
                    "say": ["{lead}，新的一天，大家都在等您。", "车备好了，第一场会九点开始。"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": ["走吧，该做真正想做的事了。", "从今天起，规矩由我来定。"],
                },
            ],
        },
        {
            "id": "hook-summons",
            "beat": "hook",
            "action": [
                "一张法院传票拍在{lead}桌上，原告栏写着{rival}的名字。",
                "快递员递来一只文件袋，里面是一张传票。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["{lead}，我们法庭上见。", "这次，我要你赔到倾家荡产。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["好，我让律师多带一份证据。", "法庭上见，别临时撤诉。"],
                },
            ],
        },
        {
            "id": "hook-vote-over",
            "beat": "hook",
            "action": [
                "{lead}推开会议室的门，董事们刚刚放下举起的手。",
                "投票器上的数字定格，会议室里一片安静。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smug",
                    "say": ["你来晚了，表决已经结束。", "结果出来了，你出局了。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["没有我这一票，表决不算数。", "结束？我还没投呢。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "hook-wedding-doors",
            "beat": "hook",
            "action": [
                "婚礼进行曲响到一半，{lead}推开了礼堂的大门。",
                "司仪刚问到有没有人反对，礼堂的门开了。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["谁放{lead}进来的？保安！", "你来干什么？今天是我的婚礼！"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["这场婚礼，我有意见。", "我反对。理由，我带来了。"],
                },
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["{lead}……你怎么来了？", "你凭什么反对？"],
                },
            ],
        },
        {
            "id": "hook-champagne-tower",
            "beat": "hook",
            "action": [
                "香槟塔轰然倒塌，{rival}站在一地碎玻璃中间，指向{lead}。",
                "杯子碎了一地，{rival}捂着裙摆尖叫。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["是{lead}推的！大家都看见了！", "你就是见不得我好！"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["隔着五米远，我推的是空气？", "别急，酒店的监控马上就到。"],
                },
            ],
        },
        {
            "id": "hook-aide-fired",
            "beat": "hook",
            "action": [
                "{aide}抱着纸箱站在门口，工牌被扔在地上。",
                "{aide}的工位被清空，桌上只剩一张辞退通知。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "sad",
                    "say": ["{lead}，他们把我开了。", "对不起，{lead}，是我连累你了。"],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["下一个，就轮到你了。", "跟错了人，就是这个下场。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["纸箱放下，明天你回来当主管。", "开除我的人，得先问过我。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "hook-livestream",
            "beat": "hook",
            "tropes": ["heiress", "ceo_romance", "rebirth", "stepmother", "secret_baby"],
            "action": [
                "直播间里，{rival}对着镜头哭诉，举起一张{lead}的照片。",
                "百万人在线，{rival}对着镜头抹眼泪。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": ["就是{lead}，毁了我的一切。", "我不求别的，只求一个公道。"],
                },
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": ["{lead}，在线人数破百万了。", "对方在直播里点您的名字！"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["让{rival}哭，等会儿有的哭。", "开个直播，我也说两句。"],
                },
            ],
        },
        {
            "id": "hook-bedside",
            "beat": "hook",
            "action": [
                "{love}在病床上睁开眼，第一眼看见的是{lead}。",
                "监护仪滴滴作响，{lead}坐在床边削苹果。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "shocked",
                    "say": ["你……一直守在这里？", "怎么是你？他们人呢？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["别误会，我在等你签字。", "醒了就好，我们的账还没算。"],
                },
            ],
        },
        {
            "id": "hook-elevator",
            "beat": "hook",
            "action": [
                "电梯门一开，{lead}和{rival}面对面站着。",
                "电梯里只有两个人，数字一层层往上跳。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["真巧，怎么又是你。", "阴魂不散，你到底想怎样？"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["不巧，我特意来找你。", "二十层，够我们把话说完。"],
                },
            ],
        },
        {
            "id": "hook-umbrella",
            "beat": "hook",
            "action": [
                "大雨里，{wildcard}把伞撑到{lead}头顶。",
                "一把黑伞挡住了雨，伞下是{wildcard}的笑脸。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["淋雨解决不了问题，我可以。", "一个人扛，不累吗？"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["你的伞，我用不起。", "想谈条件，先把伞收了。"],
                },
            ],
        },
        {
            "id": "hook-shredder",
            "beat": "hook",
            "action": [
                "{rival}当着{lead}的面，把一叠文件塞进碎纸机。",
                "碎纸机嗡嗡作响，纸条一条条吐出来。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["你要的东西，没了。", "碎了，你拿什么去告我？"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["碎了也能拼，你忘了扫描件？", "你碎的，是我故意留给你的。"],
                },
            ],
        },
        {
            "id": "hook-kneel-rain-love",
            "beat": "hook",
            "action": [
                "雨夜，{love}跪在{family}家门口，浑身湿透。",
                "{elder}撑着伞站在台阶上，看着跪在雨里的{love}。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["跪到天亮，我也不会同意。", "为了{lead}？不值得。"],
                },
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": ["您不点头，我就不起来。", "这辈子，我只认{lead}一个。"],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["{love}，你起来！", "谁让你替我跪的？"],
                },
            ],
        },
        {
            "id": "rev-aide-server",
            "beat": "reversal",
            "action": [
                "{aide}合上电脑，抬头看了{lead}一眼。",
                "屏幕上，一行行数据跳出来，{aide}按下了回车。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "对方的账，我全调出来了。",
                        "三家空壳公司，都指向同一个人。",
                        "资金流向查清了，每一笔都在。",
                        "转账记录，最后都汇到一个账户。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "打印出来，每人一份。",
                        "很好，现在轮到我们出牌。",
                        "投到大屏上，让大家看。",
                        "做得好，这一局该我们了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "你们怎么会有这些？",
                        "这是违法的！你们不能看！",
                        "谁让你们查我的账？",
                        "关掉！这是商业机密！",
                    ],
                },
            ],
        },
        {
            "id": "rev-vote-flip",
            "beat": "reversal",
            "action": [
                "最后一位董事缓缓举起手，站到了{lead}这边。",
                "计票结果出来，{elder}的脸一下子沉了。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": ["老周，你怎么也……", "你们一个个，都被收买了？"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["没人被收买，大家只是算得清账。", "投票结束，按规矩办吧。"],
                },
            ],
            "tropes": [
                "heiress",
                "hidden_identity",
                "ceo_romance",
                "revenge",
                "rebirth",
                "secret_baby",
                "stepmother",
            ],
        },
        {
            "id": "rev-love-choice-made",
            "beat": "reversal",
            "action": [
                "{love}把{rival}的手从自己臂弯里拿开，走向{lead}。",
                "{love}当众摘下订婚戒指，放回{rival}手里。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": [
                        "这门婚约，我退了。",
                        "对不起，我心里的人不是你。",
                        "婚礼取消，我说到做到。",
                        "这场婚事，到此为止。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "你不能这样对我！",
                        "全城都知道我们要结婚了！",
                        "请柬都发出去了啊！",
                        "你让我以后怎么见人？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "别看我，我没让你选。",
                        "你选你的，我走我的。",
                        "这是你的决定，与我无关。",
                        "别把账算在我头上。",
                    ],
                },
            ],
        },
        {
            "id": "esc-shield",
            "beat": "escalation",
            "action": [
                "吊灯架轰然落下，{love}扑过来挡在{lead}身前。",
                "{love}把{lead}护在身下，肩膀被砸得一沉。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "tender",
                    "say": [
                        "别怕，我真的没事。",
                        "你没伤着就好。",
                        "我没事，你别哭。",
                        "看到你好好的，就够了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": [
                        "谁让你挡的？你疯了？",
                        "{love}！你撑住，别睡！",
                        "你为什么要冲过来？",
                        "{love}，看着我，别闭眼！",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "怎么会是{love}……",
                        "不是冲着{love}去的！",
                        "{love}，你怎么会在这？",
                        "不对，怎么会变成这样……",
                    ],
                },
            ],
        },
        {
            "id": "esc-rival-alliance",
            "beat": "escalation",
            "action": [
                "{rival}和{elder}并肩站在台上，宣布联手。",
                "{rival}挽着{elder}，向满场宾客举杯。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "从今天起，我们是一家人。",
                        "我们联手，你拿什么跟我们斗？",
                        "我们站一起，你还有胜算？",
                        "看清楚，现在是二对一。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "识相的，现在退出还来得及。",
                        "你一个人，斗不过{family}家。",
                        "收手吧，你已经没退路了。",
                        "{family}家和{rival}，你惹不起。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "联手也好，省得我一个个找。",
                        "两个一起倒，更省事。",
                        "一起来，我一并清算。",
                        "人齐了，正好一次说清。",
                    ],
                },
            ],
        },
        {
            "id": "esc-deadline-cut",
            "beat": "escalation",
            "action": [
                "{elder}看了眼表，把三天的期限划成了一天。",
                "墙上的倒计时，被人改成了二十四小时。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "我改主意了，只给你到明早。",
                        "天亮之前，交出{stake}。",
                        "期限提前，今晚就要答复。",
                        "等不到三天了，明早见分晓。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "{lead}，证据最快也要后天。",
                        "一天？根本来不及！",
                        "{lead}，鉴定结果还没出来。",
                        "时间太赶，人手不够啊！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "那就今晚拿到。",
                        "来得及，我去见那个人。",
                        "今晚不睡，也要拿到。",
                        "我亲自去，天亮前带回来。",
                    ],
                },
            ],
        },
        {
            "id": "cliff-wildcard-deal",
            "beat": "cliffhanger",
            "action": [
                "{wildcard}与{elder}在车里握手，一份合同上多了一个签名。",
                "车窗缓缓升起，{wildcard}把签好的合同放进公文包。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["合作愉快，{lead}不会知道的。", "放心，我两边都不亏。"],
                }
            ],
        },
        {
            "id": "cliff-envelope",
            "beat": "cliffhanger",
            "action": [
                "一只牛皮纸袋塞进{lead}的门缝，上面写着：别信身边的人。",
                "{lead}拆开信封，里面是{aide}和陌生人见面的照片。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["谁在跟我玩这种游戏？", "{aide}……这是怎么回事？"],
                },
                {
                    "who": "aide",
                    "emotion": "shocked",
                    "say": ["{lead}，你听我解释！", "这照片是有人故意拍的！"],
                },
            ],
        },
        {
            "id": "cliff-ring-other",
            "beat": "cliffhanger",
            "action": [
                "{love}把戒指戴上{rival}的手指，目光却越过人群，落在{lead}身上。",
                "掌声里，{love}低头吻了{rival}的手背，眼睛却看着门口。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": ["对不起，这是我能做的全部。", "等我，求你再等我一次。"],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["看清楚了吗？{love}是我的了。", "{lead}，喝杯喜酒再走？"],
                },
            ],
        },
        {
            "id": "cliff-child-picked-up",
            "beat": "cliffhanger",
            "tropes": ["secret_baby"],
            "action": [
                "幼儿园老师打来电话：孩子被一位自称家人的人接走了。",
                "{lead}赶到幼儿园，孩子的小书包落在门口。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，孩子被人接走了！", "老师说，来的人拿着家长证明。"],
                },
                {
                    "who": "lead",
                    "emotion": "furious",
                    "say": ["谁接的？马上调监控！", "谁敢碰我的孩子，我跟谁没完。"],
                },
            ],
        },
        {
            "id": "cliff-silver-mark",
            "beat": "cliffhanger",
            "tropes": ["werewolf"],
            "action": [
                "月亮升到最高处，{lead}的手腕上浮现出一道银色的印记。",
                "林子里，所有的狼同时抬起了头。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，印记提前出现了！", "月圆还有三天，怎么会现在？"],
                },
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["有人在逼它醒过来。", "我的血……在发烫。"],
                },
            ],
        },
        {
            "id": "cliff-timeline-break",
            "beat": "cliffhanger",
            "tropes": ["rebirth"],
            "action": [
                "本该下周才发生的事，今天提前发生了。",
                "{lead}看着新闻，手里的咖啡洒了一身。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "shocked",
                    "say": ["不对，前世不是这样的。", "时间提前了，有人改了命。"],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，您怎么了？脸色这么差。", "这件事，您早就知道？"],
                },
            ],
        },
        {
            "id": "cliff-pill-bottle",
            "beat": "cliffhanger",
            "tropes": ["stepmother"],
            "action": [
                "{lead}在{elder}的抽屉里找到一只药瓶，标签被撕掉了。",
                "药瓶里的药片，颜色和父亲吃的不一样。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["父亲吃的药，怎么在您这儿？", "这瓶药，是谁给父亲换的？"],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": ["你翻我东西？放下！", "那是……那是维生素。"],
                },
            ],
        },
        {
            "id": "stakes-aide-risk",
            "beat": "stakes",
            "action": [
                "{aide}拦住{lead}，把一份文件按在胸口。",
                "{aide}挡在门口，第一次没有让路。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "这一步走错，{stake}就没了。",
                        "您再想想，对方就等着您出手。",
                        "万一是圈套，{stake}就保不住了。",
                        "太冒险了，对方早有准备。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "不走这一步，{stake}也保不住。",
                        "我想好了，开门。",
                        "退一步，只会输得更快。",
                        "风险我认，就这么办。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-love-price",
            "beat": "stakes",
            "action": [
                "{love}把一张支票推过来，上面的数字空着。",
                "{love}靠在车边，没有看{lead}。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": [
                        "放弃{stake}，数字你随便填。",
                        "拿着钱走，对你最好。",
                        "支票在这，{stake}你别再争。",
                        "收下这笔钱，离开这里。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你替谁来买我的{stake}？",
                        "我要的，从来不是钱。",
                        "这张支票，是谁让你送的？",
                        "{stake}不卖，多少钱都不卖。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "我是在救你，你不明白。",
                        "你斗不过他们的。",
                        "你以为我想这样吗？",
                        "他们什么都做得出来。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-rival-secret",
            "beat": "stakes",
            "action": [
                "{rival}把{lead}拉进洗手间，反手锁上门。",
                "镜子前，{rival}慢慢补着口红，看都不看{lead}。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "{stake}让给我，你的秘密我就不说。",
                        "你以为你藏得很好？我都知道。",
                        "让出{stake}，我替你保密。",
                        "你的那点事，我一清二楚。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你知道的，只是我想让你知道的。",
                        "说出去试试，看谁先倒霉。",
                        "你尽管说，我不拦。",
                        "拿秘密要挟我？你找错人了。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-wildcard-warning",
            "beat": "stakes",
            "action": [
                "{wildcard}在{lead}身边坐下，给自己倒了杯酒。",
                "{wildcard}把一张便签塞进{lead}手里。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "calm",
                    "say": [
                        "有人出了高价，要你让出{stake}。",
                        "友情提示，这周别一个人出门。",
                        "有人盯上{stake}了，出手很大方。",
                        "听我一句，最近少露面。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "出价的人是谁？",
                        "你提醒我，图什么？",
                        "谁出的价？说个名字。",
                        "你为什么告诉我？",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "图你以后记得我的好。",
                        "名字不能说，说了就不值钱了。",
                        "就当我欠你个人情。",
                        "谁出价，你心里有数。",
                    ],
                },
            ],
        },
        {
            "id": "rev-rival-own-words",
            "beat": "reversal",
            "action": [
                "{lead}把{rival}发过的朋友圈一张张投上屏幕。",
                "{lead}翻开手机，念出{rival}当年写下的一段话。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "这是你亲手发的，日期还在。",
                        "你自己写的话，自己念念？",
                        "你的原话，一字不差。",
                        "这条动态，你删得太晚了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "那是我随便写的！",
                        "你……你居然存着这些？",
                        "那是气话，不能当真！",
                        "你从哪翻出来的？",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "互联网是有记忆的。",
                        "自己打自己的脸，真响。",
                        "删得掉帖子，删不掉截图。",
                        "白纸黑字，赖不掉了。",
                    ],
                },
            ],
        },
        {
            "id": "rev-elder-backs-down",
            "beat": "reversal",
            "action": [
                "{lead}把一份名单放在{elder}面前，只看了一眼，{elder}就坐不住了。",
                "{lead}报出三个名字，{elder}手里的茶盏一晃。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "这些人，您比我熟。",
                        "要不要我一个个打电话问问？",
                        "名单上的人，您都认识吧？",
                        "这些名字，您不陌生吧？",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "收起来，我们私下谈。",
                        "你到底想要什么？",
                        "别念了，有话好商量。",
                        "这事……我们关起门说。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "想要的很简单，您先让开。",
                        "第一件事，撤回您刚才的话。",
                        "不多，您把位置让出来。",
                        "先收回成命，再谈别的。",
                    ],
                },
            ],
        },
        {
            "id": "rev-fake-seal",
            "beat": "reversal",
            "action": [
                "{lead}把文件举到灯下，印章边缘一片模糊。",
                "放大镜下，印章的纹路歪了一角。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "这枚公章，去年就作废了。",
                        "看清楚，印章编号对不上。",
                        "真章在档案室，这枚是刻的。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "这不可能，章是对的！",
                        "章是真的，你别血口喷人！",
                        "谁知道你是不是调了包！",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "假章盖得这么认真，辛苦了。",
                        "一枚章，砸了整盘棋。",
                        "这下，有人要解释一下了。",
                    ],
                },
            ],
        },
        {
            "id": "rev-hidden-camera",
            "beat": "reversal",
            "action": ["{aide}打开投影，画面里是昨晚的会客室。", "墙角的小摄像头亮着一点红光。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "会客室的监控，一直开着。",
                        "昨晚的画面，我全备份了。",
                        "大家看清楚，是谁进了房间。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "那个房间怎么会有监控？",
                        "关掉！谁准你们装摄像头！",
                        "不……这画面是假的！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "你进门的时间，跟你说的不一样。",
                        "房间是我的，装什么我说了算。",
                        "假不假，技术部一查便知。",
                    ],
                },
            ],
        },
        {
            "id": "rev-elder-turns",
            "beat": "reversal",
            "action": [
                "{elder}把茶杯重重放下，目光转向{rival}。",
                "{elder}缓缓起身，挡在{lead}前面。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "angry",
                    "say": [
                        "{rival}，你骗了我这么多年？",
                        "够了！{rival}，你太让我失望了。",
                        "这些事，你瞒着我做了多少？",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "您怎么能信{lead}，不信我？",
                        "我是为了这个家啊！",
                        "您听我解释，不是那样的！",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "您终于看清了。",
                        "现在您明白，谁在说谎了。",
                        "真相一直都在，您只是不愿看。",
                    ],
                },
            ],
        },
        {
            "id": "rev-contract-clause",
            "beat": "reversal",
            "action": [
                "{lead}翻到合同最后一页，手指点在一行小字上。",
                "律师推了推眼镜，把合同转向众人。",
            ],
            "lines": [
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "第十二条，你没看吧？",
                        "合同最后一页，写得清清楚楚。",
                        "违约条款，是你自己加的。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "这一条什么时候加上的？",
                        "不可能，我逐条看过！",
                        "这是陷阱，你早就设计好的！",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "白纸黑字，{rival}，你赖不掉。",
                        "签了字，就得认。",
                        "{rival}，这回你自己收拾。",
                    ],
                },
            ],
        },
        {
            "id": "rev-black-card",
            "beat": "reversal",
            "identity": "hidden",
            "action": [
                "{rival}伸手去拦，店员却恭敬地朝{lead}鞠了一躬。",
                "收银台前，{lead}递出一张黑色的卡。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "这种卡，网上十块钱一张吧？",
                        "刷不出来可别怪我没提醒。",
                        "别装了，这卡你哪儿借的？",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "smug",
                    "say": [
                        "这张卡，全城只发了三张。",
                        "店长，这位是你们的贵客。",
                        "你刷不到的额度，{lead}随便用。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "shocked",
                    "say": [
                        "怎么可能？你怎么会有这张卡？",
                        "三张之一……你到底是谁？",
                        "店长，你是不是看错了？",
                    ],
                },
            ],
        },
        {
            "id": "rev-auction-win",
            "beat": "reversal",
            "identity": "hidden",
            "action": ["拍卖师的槌子落下，所有人转头看向最后一排。", "{lead}放下号牌，神色平静。"],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "这个价，你一辈子也出不起。",
                        "别举牌了，丢人。",
                        "穷人就别来凑热闹了。",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "成交。最高价，最后一排。",
                        "有意思，今晚的赢家在后排。",
                        "这一槌，落得真响。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "出不起？账单寄给你看看。",
                        "你举了三次，我只举了一次。",
                        "东西我要了，面子你留着。",
                    ],
                },
            ],
        },
        {
            "id": "rev-public-retraction",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "发布会现场，{rival}攥着讲稿，声音发颤。",
                "闪光灯下，{rival}低着头站在台上。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "afraid",
                    "say": [
                        "我不知道{lead}是{identity}，是我造谣。",
                        "之前的传言，都是我编的。",
                        "我向{identity}道歉，是我错了。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "{rival}，你闯的祸，自己担。",
                        "{identity}面前，{family}家不护短。",
                        "道完歉，就回去反省。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "道歉我听到了，官司照打。",
                        "认错就好，后面的交给法院。",
                        "这句话，你该三年前说。",
                    ],
                },
            ],
        },
        {
            "id": "rev-appointment",
            "beat": "reversal",
            "identity": "revealed",
            "action": [
                "{aide}把一份任命书放在{lead}面前，众人起立。",
                "会议室的门推开，董事们齐声问好。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": [
                        "{lead}，董事会全票通过。",
                        "任命书下来了，即刻生效。",
                        "{lead}，这是您的位置。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "就因为{lead}是{identity}？",
                        "全票？你们都疯了吗？",
                        "{identity}又如何，我不服！",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{identity}坐这个位置，实至名归。",
                        "不服？去跟股东们说。",
                        "恭喜，这把椅子终于对了主人。",
                    ],
                    "knows": ["identity"],
                },
            ],
        },
        {
            "id": "hook-wolf-rejection",
            "beat": "hook",
            "tropes": ["werewolf"],
            "identity": "hidden",
            "action": [
                "月圆宴上，{love}当着全族的面松开了{lead}的手。",
                "篝火噼啪作响，全族人看着{love}转过身去。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": ["我，{love}，拒绝你做我的伴侣。", "命定又如何？我不接受。"],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": ["没有狼魂的废物，也配站在首领身边？", "听见了吗？你被拒绝了。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["我接受你的拒绝，你会后悔的。", "好，从今天起，我们两清。"],
                },
            ],
        },
        {
            "id": "hook-wolf-exile",
            "beat": "hook",
            "tropes": ["werewolf"],
            "identity": "hidden",
            "action": [
                "族人围成一圈，{elder}举起族杖指向林外。",
                "{lead}的行李被扔出木屋，落在泥地里。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["按族规，即刻逐出领地。", "废物不配留在族里，走。"],
                },
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": ["凭什么赶{lead}走？族规不是这样写的！", "要走，我跟{lead}一起走！"],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": ["我会回来的，在月亮最圆的那天。", "记住今天，是你们赶我走的。"],
                },
            ],
        },
        {
            "id": "hook-wolf-hunt",
            "beat": "hook",
            "tropes": ["werewolf"],
            "action": [
                "夜里的黑松林，一群狼把{lead}围在中间，领头的是{rival}。",
                "林间空地上，{rival}带着几个族人拦住了去路。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": ["跑啊，你不是很能跑吗？", "今晚的试炼，你别想走出林子。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["想拦我，你们人还不够。", "让开，我不想在这里跟你动手。"],
                },
            ],
        },
        {
            "id": "stakes-wolf-ritual",
            "beat": "stakes",
            "tropes": ["werewolf"],
            "identity": "hidden",
            "action": [
                "议事堂里，{elder}把族长信物放在石台上。",
                "石台上摆着银色的狼牙信物，四周站满族人。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": ["三天后月圆，信物归首领伴侣。", "族规如此，谁有异议？"],
                },
                {
                    "who": "rival",
                    "emotion": "smiling",
                    "say": ["那个位置，只能是我的。", "三天后，请大家来喝我的喜酒。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["三天，够发生很多事了。", "族规？我会让你们重新念一遍。"],
                },
            ],
        },
        {
            "id": "stakes-wolf-allegiance",
            "beat": "stakes",
            "tropes": ["werewolf"],
            "identity": "revealed",
            "action": [
                "族人们一个个走到{lead}面前，低头行礼。",
                "{elder}站在议事堂门口，看着族人一个个改了站位。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "afraid",
                    "say": [
                        "{identity}回来了，我们还能守住什么？",
                        "白狼的血脉一醒，族规就要改了。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["{lead}，一半族人愿意跟着您。", "东边的狼群也派人来了。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["愿意来的，我都接着。", "不愿意的，我不强求。"],
                },
            ],
        },
        {
            "id": "stakes-last-chance",
            "beat": "stakes",
            "action": [
                "{elder}把一只怀表放在桌上，秒针一格格跳。",
                "{elder}背对着{lead}，看着窗外。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "今晚之前，{stake}必须有个结果。",
                        "天亮以前，我要听到你的决定。",
                        "这是最后一次，我不会再给。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "结果会有，只怕不是您想要的。",
                        "我的决定，您明早就知道。",
                        "最后一次？那就认真一次。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-aide-cost",
            "beat": "stakes",
            "action": [
                "{aide}把一沓账单摊在桌上，红笔圈了一圈又一圈。",
                "深夜的办公室，只有{aide}的电脑还亮着。",
            ],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "再撑一周，我们的钱就见底了。",
                        "{lead}，账上的钱只够撑七天。",
                        "员工工资，下个月就发不出来了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "determined",
                    "say": [
                        "一周够了，{stake}我不松手。",
                        "七天，足够翻一次盘。",
                        "工资照发，从我的账上出。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "determined",
                    "say": ["好，我陪您赌这一把。", "明白，我这就去筹钱。", "那我去谈那笔贷款。"],
                },
            ],
        },
        {
            "id": "stakes-rival-witness",
            "beat": "stakes",
            "action": [
                "{rival}晃了晃手机，屏幕上是一个未接来电。",
                "{rival}倚在门口，指尖转着一张名片。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "我的证人明天到，{stake}你守不住了。",
                        "明天有人会当众指认你。",
                        "人我找到了，你等着吧。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "带来吧，我也想见见这位证人。",
                        "证人越多，漏洞越多。",
                        "明天见，别让我失望。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-love-letter",
            "beat": "stakes",
            "action": ["{love}站在楼梯口，手里攥着一封信。", "{love}把信封递过来，手指微微发抖。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "有人拿{stake}威胁我，让我离开你。",
                        "他们说，我不走，{stake}就没了。",
                        "这封信，我收到三天了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "为什么现在才说？",
                        "信给我，剩下的交给我。",
                        "谢谢你告诉我，这次别走。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": ["因为我不想再骗你。", "这一次，我们一起扛。", "我不走了，让他们来。"],
                },
            ],
        },
        {
            "id": "stakes-blood-claim",
            "beat": "stakes",
            "identity": "hidden",
            "action": ["{elder}翻开族谱，指尖停在一处空白。", "祠堂里香火缭绕，{elder}合上族谱。"],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "族谱上没有你的名字，{stake}别想了。",
                        "没有名分，{stake}跟你无关。",
                        "{family}家的族谱，从不收外人。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "连名字都没有，还争什么？",
                        "族谱都翻遍了，你是谁啊？",
                        "没名没分，也好意思开口？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "名字没写，不代表没有。",
                        "族谱会改的，很快。",
                        "空白那一页，迟早会补上。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-staff-badge",
            "beat": "stakes",
            "identity": "hidden",
            "action": [
                "{rival}把一张服务生工牌扔到{lead}面前。",
                "晚宴名单上，{lead}的名字被一笔划掉。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "晚宴缺人手，你来端盘子吧。",
                        "想进场？戴上这个工牌。",
                        "请柬没你的份，工牌倒有一张。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": [
                        "{lead}，他们这是存心羞辱您。",
                        "让我去，我把您的请柬拿回来。",
                        "这口气，我咽不下。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "工牌我戴，晚宴我照样进。",
                        "怎么进场，不重要。",
                        "今晚，他们会看清我是谁。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-board-courting",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "董事们围在{lead}身边，名片一张张递过来。",
                "{elder}端着酒杯挤到{lead}身边。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smiling",
                    "say": [
                        "{identity}回来了，{stake}当然归你。",
                        "{stake}的事，全凭{identity}做主。",
                        "以前的事是误会，{stake}你拿去。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": [
                        "就因为一个{identity}的名头？",
                        "凭一个身份，就能拿走{stake}？",
                        "昨天还骂{lead}，今天就改口？",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "名头是真的，账也是真的。",
                        "{stake}我会拿，但按规矩拿。",
                        "改口太快，我记不住。",
                    ],
                },
            ],
        },
        {
            "id": "stakes-old-photo",
            "beat": "stakes",
            "identity": "revealed",
            "action": [
                "{wildcard}摇着红酒杯，慢慢在{lead}对面坐下。",
                "{wildcard}把一张旧照片翻过来，推到桌子中央。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{identity}的过去，我比谁都清楚。",
                        "照片上这个人，{identity}认识吧？",
                        "想保住{stake}，就别让这张照片曝光。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "你想用一张照片换{stake}？",
                        "过去的事，我不怕人看。",
                        "开价之前，先想想退路。",
                    ],
                },
                {
                    "who": "wildcard",
                    "emotion": "scheming",
                    "say": [
                        "我只是提醒，{lead}别多心。",
                        "价钱好商量，时间不多。",
                        "你怕不怕，明天就知道。",
                    ],
                },
            ],
        },
        {
            "id": "esc-wolf-challenge",
            "beat": "escalation",
            "tropes": ["werewolf"],
            "action": [
                "{rival}当众扔下挑战的狼牙，全族哗然。",
                "狼牙落在{lead}脚边，族人们自动退开一圈。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "furious",
                    "say": ["我向你挑战，赢的人做首领伴侣！", "敢接吗？还是又要躲起来？"],
                },
                {
                    "who": "love",
                    "emotion": "cold",
                    "say": ["{rival}，收回去。", "挑战一旦开始，就不能停。"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": ["我接，你可别后悔。", "狼牙我收下，时间你定。"],
                },
            ],
        },
        {
            "id": "esc-wolf-rogue",
            "beat": "escalation",
            "tropes": ["werewolf"],
            "action": [
                "林子边上，{wildcard}带着流浪狼群现身，火光照亮了他们的眼睛。",
                "{wildcard}靠在树干上，冲{lead}吹了声口哨。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": ["跟我走，我的狼群认你做主。", "他们不要你，我要。"],
                },
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": ["{wildcard}，越界一步，就是开战。", "离{lead}远点，这是我的领地。"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": ["我谁的都不是。", "你们俩，谁都别替我做主。"],
                },
            ],
        },
        {
            "id": "esc-shareholders-vote",
            "beat": "escalation",
            "action": [
                "会议室里，董事们一个接一个举起手。",
                "{rival}把表决单拍在桌上，目光扫过{lead}。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "举手的人，已经过半了。",
                        "数数吧，你身后还剩几个人？",
                        "票数不够，你拿什么翻盘？",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "{lead}，原先答应的三位都倒戈了。",
                        "有人连夜去做了工作。",
                        "我们的票，被人截走了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "过半而已，还没到最后一票。",
                        "倒戈的人，我会一个个问。",
                        "别急着数，门外还有人没进来。",
                    ],
                },
            ],
        },
        {
            "id": "esc-forced-apology",
            "beat": "escalation",
            "action": [
                "记者的镜头对准{lead}，话筒递到嘴边。",
                "{elder}把一张道歉稿推到{lead}面前。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "照着念，当众给{rival}道歉。",
                        "今天这个歉，你不道也得道。",
                        "念完这张纸，事情就算了结。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "大家都等着呢，别让人久等。",
                        "声音大点，让镜头听清楚。",
                        "道个歉而已，有那么难吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "稿子写得不错，可惜不是我的话。",
                        "道歉可以，先说清楚我错在哪。",
                        "要念，也该是你们来念。",
                    ],
                    "direction": ["把稿子推回去", "看着镜头"],
                },
            ],
        },
        {
            "id": "esc-wildcard-leak",
            "beat": "escalation",
            "action": [
                "{wildcard}把一个信封放在{rival}手边。",
                "手机屏幕亮起，{wildcard}发来一张截图。",
            ],
            "lines": [
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "这份东西，{rival}应该感兴趣。",
                        "消息我卖给了出价高的那位。",
                        "别这么看我，我只是个生意人。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "{lead}，你的行踪，我全知道了。",
                        "你下一步去哪，我比你还清楚。",
                        "谢了，这份礼我收下了。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "卖我的消息，你收了多少？",
                        "生意人？那就等着算账吧。",
                        "这笔买卖，你会亏的。",
                    ],
                },
            ],
        },
        {
            "id": "esc-love-blocks-door",
            "beat": "escalation",
            "action": ["{love}挡在门口，手里攥着车钥匙。", "走廊尽头，{love}拦住{lead}的去路。"],
            "lines": [
                {
                    "who": "love",
                    "emotion": "angry",
                    "say": [
                        "你再往前一步，我们就完了。",
                        "今晚你要是去，别再找我。",
                        "你非要跟所有人作对吗？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "我去，是为了把话说清楚。",
                        "你拦得住我，拦不住真相。",
                        "让开，这件事我必须去。",
                    ],
                },
                {
                    "who": "love",
                    "emotion": "sad",
                    "say": [
                        "我只是怕你回不来。",
                        "那你答应我，别一个人扛。",
                        "好，我等你，就到天亮。",
                    ],
                },
            ],
        },
        {
            "id": "esc-proof-gone",
            "beat": "escalation",
            "action": ["保险柜的门大开着，里面空空如也。", "{aide}翻遍抽屉，脸色发白。"],
            "lines": [
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": [
                        "{lead}，东西被人拿走了。",
                        "柜子被撬开了，什么都没剩下。",
                        "就离开了一小时，全没了。",
                    ],
                },
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "丢了东西？那可真不巧。",
                        "没了证据，你还能说什么？",
                        "听说你那边出了点意外？",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "拿走的那份，是我故意留的。",
                        "丢了也好，看谁会急着用它。",
                        "拿走的人，很快会自己现身。",
                    ],
                },
            ],
        },
        {
            "id": "esc-seat-taken",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "家宴上，{lead}的座位被撤走，只剩一张折叠椅。",
                "{rival}坐在主桌，朝角落里的{lead}举了举杯。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "mocking",
                    "say": [
                        "那张椅子，最配你。",
                        "主桌坐不下了，你去角落吧。",
                        "有得坐就不错了，别挑。",
                    ],
                },
                {
                    "who": "elder",
                    "emotion": "cold",
                    "say": [
                        "规矩就是规矩，坐你该坐的地方。",
                        "{family}家的主桌，轮不到你。",
                        "不想坐，就出去。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "坐哪儿都一样，看得清就行。",
                        "这张椅子，我会记得。",
                        "椅子我记住了，座次你们记住。",
                    ],
                },
            ],
        },
        {
            "id": "esc-job-fired",
            "beat": "escalation",
            "identity": "hidden",
            "action": [
                "人事把一张辞退通知贴在{lead}的工位上。",
                "{lead}的门禁卡刷不开，闸机亮起红灯。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "smug",
                    "say": [
                        "门禁都刷不开了，还不明白？",
                        "收拾东西吧，纸箱给你备好了。",
                        "你的位置，明天就有人坐。",
                    ],
                },
                {
                    "who": "aide",
                    "emotion": "angry",
                    "say": [
                        "{lead}，辞退理由全是编的。",
                        "他们连程序都没走，就赶人。",
                        "这是违规辞退，我去找人事。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "不用找，让他们先高兴。",
                        "通知留着，以后是证据。",
                        "走可以，辞退书签字盖章。",
                    ],
                },
            ],
        },
        {
            "id": "esc-identity-contest",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{rival}领着一个陌生人走进大厅，手里举着文件。",
                "大厅里一片哗然，所有人看向{lead}。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "scheming",
                    "say": [
                        "真正的{identity}，另有其人。",
                        "你这个{identity}，当得太早了。",
                        "各位，这才是{identity}。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "elder",
                    "emotion": "shocked",
                    "say": [
                        "两个{identity}？到底谁是真的？",
                        "{lead}，这是怎么回事？",
                        "这份文件，是真的吗？",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "calm",
                    "say": [
                        "找人冒充，也要找个像的。",
                        "好啊，那就一起去做鉴定。",
                        "文件可以造，血缘造不了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-smear-press",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "大屏幕上滚动着{lead}的旧照片，配着刺眼的标题。",
                "发布会上，{rival}对着镜头抹了抹眼角。",
            ],
            "lines": [
                {
                    "who": "rival",
                    "emotion": "crying",
                    "say": [
                        "{identity}又怎样，就能欺负人吗？",
                        "身份高了，就能随便踩人吗？",
                        "{identity}的手段，我领教了。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "wildcard",
                    "emotion": "smiling",
                    "say": [
                        "{identity}的名声，一夜就能倒。",
                        "舆论这东西，{identity}也挡不住。",
                        "好一出苦情戏，热度不错。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "哭得好，记者都拍到了。",
                        "你的眼泪，比证据便宜。",
                        "戏演完了，该看回放了。",
                    ],
                },
            ],
        },
        {
            "id": "esc-elder-fine-print",
            "beat": "escalation",
            "identity": "revealed",
            "action": [
                "{elder}把一份文件推过来，笔帽已经拧开。",
                "茶几上摆着印泥和钢笔，{elder}笑得和气。",
            ],
            "lines": [
                {
                    "who": "elder",
                    "emotion": "smiling",
                    "say": [
                        "{identity}回家，签个字就算认祖。",
                        "签了它，{family}家的一切都是你的。",
                        "一家人，签个名而已。",
                    ],
                    "knows": ["identity"],
                },
                {
                    "who": "aide",
                    "emotion": "neutral",
                    "say": [
                        "{lead}，第三页有条附加条款。",
                        "这份文件，最后一页字很小。",
                        "先别签，条款我要再看一遍。",
                    ],
                },
                {
                    "who": "lead",
                    "emotion": "cold",
                    "say": [
                        "认祖要签放弃书？有意思。",
                        "这一页，您自己念念。",
                        "字我签，但不是在这份上。",
                    ],
                },
            ],
        },
        {
            "id": "cliff-wolf-howl",
            "beat": "cliffhanger",
            "tropes": ["werewolf"],
            "action": [
                "远处传来一声陌生的狼嚎，所有族人同时变了脸色。",
                "{love}猛地抬头，望向领地边界的方向。",
            ],
            "lines": [
                {
                    "who": "love",
                    "emotion": "determined",
                    "say": ["有外敌越过了边界。", "所有人回屋，今晚谁都别出门。"],
                },
                {
                    "who": "aide",
                    "emotion": "afraid",
                    "say": ["{lead}，那声音……是冲您来的。", "这嚎声，族里的老人说只听过一次。"],
                },
            ],
        },
    ],
    "episode_titles": [
        "当众难堪",
        "逼到绝境",
        "{prop}",
        "真相浮出",
        "一纸婚约",
        "你也配站这里",
        "她回来了",
        "谁在说谎",
        "当众打脸",
        "反将一军",
        "{stake}之争",
        "最后的底牌",
        "门外的人",
        "迟来的道歉",
        "局中还有局",
        "今晚摊牌",
        "最后的筹码",
        "低头的人",
        "身份揭晓",
        "幕后之人",
        "{prop}现身",
        "以牙还牙",
        "这笔账还你",
        "不请自来",
        "谁是主人",
        "恩断义绝",
        "风暴前夜",
        "空口无凭",
        "最后倒计时",
        "当面对质",
        "满城风雨",
        "不速之客",
        "撕下假面",
        "一步之遥",
        "好戏落幕",
        "绝地翻盘",
        "旧账新算",
        "一招破局",
        "换我来选",
        "终局之战",
        "全面失控",
        "谁在背后",
        "{stake}易主",
        "完整证据链",
        "无路可退",
        "沉默的证人",
        "掌声之后",
        "雨停之后",
        "亲手揭穿",
        "新的规矩",
    ],
}
