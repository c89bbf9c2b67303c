"""Hallmark words: what gives a Latin-script reply away when the statistical detectors cannot.

South Asian workers very often type their language in Latin letters ("salary time pe nahi milti", "sambalam
kammiya kuduthanga"); lingua and langdetect know these languages only in their own scripts. And informal
Malay, with its chat spellings ("sy", "blum", "lg", "skrg"), reads as Tagalog to both. Each list below holds
frequent words of one language, romanised as workers type them, that are rare in our other Latin-script
languages (English, Indonesian, Malay, Tagalog, Vietnamese without diacritics, Portuguese, Spanish): words
those languages share ("ke", "ko", "se", "hai" (Vietnamese "two"), "din", "hoy") are left out on purpose.
A reply is only attributed when several of its words are hallmarks, so one borrowed word decides nothing.
"""

from __future__ import annotations

from conversations.text import match_key


def _words(listed: str) -> frozenset[str]:
    return frozenset(listed.split())


# Hindi and Urdu are one spoken language (Hindustani): romanised, they cannot be told apart, so one list
# serves both and the result is "hi", which the detector treats as confusable with "ur".
ROMANISED: dict[str, frozenset[str]] = {
    "hi": _words(
        """
        dunga baje akela raat baad ladke dikha jaunga
        hain hoon hun nahi nahin nhi mujhe mujhko mera meri mere humko humein hamein hamara hamari hamare
        kya kyun kyon aur bhi mein pe tha raha rahi rahe karo karna karni karne karte karta karti kiya diya
        diye liya gaya gayi milti milta mila mili milte paisa paise tankhwah tankha kaam bahut bohot abhi
        sab bhai baat wali wale batao bataya chahiye sakta sakte sakti koi kuch kabhi yahan wahan
        unhone usne humne maine aap aapko apna apni apne ghante chutti bina kaat katna katte lete dete dena
        lena saath sath malik seth zabardasti jabardasti maar maarta maarte peet gaali dhamki shukriya
        dhanyavaad dhanyawad theek thik accha acha achha ji haan kal parso hafte mahina mahine naukri nikal
        nikala deta deti paas hai
        ki bola bolta bolte kehte kehta kaha lekin phir kisi hui hota hoti hote liye wo woh yeh itna itni usko
        unko kaun rehta rehte chahta chahte chahti kyunki sirf hum mujhse humse unhe gaye wapas wapis khud koshish
        mushkil madad logon subah larkiyon ladkiyon
        kar bahar legi lega lenge dega degi denge milega milegi jayega jaega gir aaya aaye aayi umar bache shamil
        hone chala bhej kaise aaj laga urdu bolne wala raabta bohat meharbani khairiyat fikar karein naye bandon
        araam sikhata behosh niklo pakarti larka barha bheja saal agle jisne hazri taane marta mazdoori hisaab jitna
        utna baar khana karwai thi maari ghoonsa maara hamesha chahe kitne zyada ghoomne jaate karunga aana peeta
        nikaal khulta lagi chuka jeene rakh bana khatam ladka likh idhar
        """
    ),
    "mr": _words(
        """
        marto mazya ghetli zale aalyavar boltoy kadhun milnar kaapto tyache lavla sodnar dakhvun bolalat
        jivanta varsh fadavar navryala dokyat tapli lavkar
        aahe ahe aahet ahet nahi mala majha majhi majhe mazha maza mazi tumhi tumcha amhi aamhi amcha aamcha
        kay kaay kasa kashi pagar milat milala milali jhala jhali zala zali hota hoti karun kela keli kelay
        sangitla sangitle ghari khup aani ani sathi madhe madhye vel velet saheb divas nako kaam dila
        dile ghetla ghetle marla marhan shivya bolat boltat karto kartat jaat kadhi kuthe tithe
        ithe aata milale nahit deto amhala sutti sagla sagle kade
        tar var koni mhanun mhantat mhanla mhanto mhanala mhante det detat kaptat tari kahi amchya amchi amche tyala
        tyanna tyane pahije ajun changla aste asto milel parat jaycha karaycha mahinyat
        uttar dilelya baykanna tyamule tumchyashi bolalyavar sarkha hinavto chya navakhali pahilya mahinyancha
        thevun sagalyansamor gadhva martat eka porala lathya marlya dhakalun kartana shala sodleli pora lavliyet
        vicharla sangaycha asa shikavlay bolayla ekda awaj aikun vatel gavchi mulgi karkhanyachya nelit pasun aali
        miltat sandhyakali bajarat firayla jato adavat atta kamavar nantar bhau kon vicharat kashasathi gavatle yeu
        shaktat kamala khara nusta udya ravivari bolavtat pagaratun sodayche aadhi bhara walyane dandyane
        samajlyavar kamavarun kadhla kadhich ughadat kara lihina vachva lagli fedta jagavasa vatat kontha mahinyala
        chi ghanerde pathavto jawal yeun lavto jad padla rakta yetay sampvun mulga varshacha tyachya kagadavar vay
        lihila sahan jiv dyava vatato majhyashi milun aarti
        """
    ),
    "ne": _words(
        """
        garchu katcha dincha pheraun futyo bhagiraa garo bhannu dhanyabad nagare bhanne
        chha chhu chhan chaina chhaina chhainan malai mero hami hamro hamilai tapai tapaai tapailai garnu
        garyo gareko garchha garcha gardaina hunchha huncha hudaina bhayo bhaeko thiyo thie talab ramro
        dherai ani hoina sahuji sathi aaja bholi ghanta bida chhutti katyo kaatyo dinu diyena paaina
        paiyena pauchha kutyo kutne gali dhamki manche kamdar bina karan kati kina sanga sabai bahira dinna
        kura bhane bhanera bhanchha bhanyo haru dekhi lagyo kasaile kohi kei rakheko samma bihana paryo parcha thaha
        garnus tireko kunai pachi katchha naramro khojchha barsa bhaye khusi diyo garera dinchha lagchha lagcha
        ahile aile sakdina garne
        roki bhagis paudainas rati minet samatyo paauna tirnu agadi samatera uthbas garayo lajaa ghisarera hane
        aaudaina pasna chhuttai khanu bhaneko kasari saryo tasreko uthaudaina maile dieko afai rakhchhu mageko
        naline ramrari aucha garaucha feri aunu thunichha magda tyo tirna lagaucha pitchha chalauda chhala polchha
        keta gardai gahro sajilo behos lagena kahile karaudaina aafno ichha kasai gunaso bakas sunchha arko
        hapta nikali dekhaudaina ajhai farkina lindaina pathauchha chhuna kutdai pathaunu rokiyeko mandaina
        badhayera pathayo nikalyo chaldaina sahana marna samayama aaunchha samasya sahayog lieko
        le lai xa xu cha matra pani jana
        garchhan gardainan gare bhaena thiena chhaun timi timro usle unle uniharu yaha tyaha kehi thorai
        """
    ),
    "bn": _words(
        """
        pitaitese thamaitese mairse dhorle dekhabo jummar gotokal thappor korse
        ami amar amake amader amra tumi tomar apni apnar ache achhe nei kaj kaaj taka beton bethon dey
        dicche dichhe diche korte kore korche korchhe hobe bhalo khub onek ekhon kotha bolche kete
        ketey ney karon chara chhara sathe theke keno kichu kono jodi ghonta chhuti chuti marche dhonnobad
        dhonyobad malik ekhono payni dalal kache kori gali thik
        er bole bolle bolse chakri ekta ar jon jete likhe ferot raate gese dise kintu keu korle dibe rakhse deshe
        bochor bondho bolen achi porjonto boyosh nise meyeder kothin somoy kora shesh jabe tader
        mash dhore kisti katbe bou marse chokh fule rume matro nongra vatija oke dekhiye banaise chaise jawar jara
        chachato tule niye khobor nijer rakhi kokhono chay valo chinta koiren disi jonno shodhtesi pitay dien bolte
        ghore atke bachan fete ahoto nicche badha sobai rokom dekhe bhedabhed ovijog shune boli thakle bondhu
        marteche rokto porteche moto somossa sorkari bhabe ashchi paisi
        """
    ),
    "ta": _words(
        """
        solranga vittu velaiya kudukkudhu prachanai sonnaru kaaranga thirakkala irukka adichuttu vaanga
        azhuraa aalunga athula
        illa illai illaye enakku ennoda enga engal naan naanga naangal avanga avan aval romba rombo velai
        sambalam sambalamum kudukkala kudukkalai kuduthanga kudukala panranga pannanga panrathu irukku
        irukkanga irukkaanga vendam venum aama aamam seri nalla thambi veedu veetu mudiyala theriyala solla
        sonnanga adikiranga adichanga thittuvanga thittranga kammiya jasthi kaasu panam nandri enna ippo
        ippadi anna akka amma kooda vanthu vandhu pona innum varala thittuvaaru kitta ellam seiyurom
        vela dhaan yaarum raathiri oorukku solraanga irundhu ennai varudhu veliya maattaanga thaan kaalaila manikku
        pidikkum sambalathula thirumba poganum kettaa varaikkum vayasu mattum pannunga yaaravadhu yaaravathu inga
        panna appuram pidikkiraanga oru pesuna sonna naalaikku illama
        podraanga pannaa kaatuvaanga aayiduchu ponaa thavanaiya pidippaanga ponnungaluku podraan pannalana
        maathuvaan annan thalli vittaan padila vizhundhutaan panju thoosi moochu neeye vaangikko vizhundhu
        odanjiduchu laye kedakkuren serndhadhu therinjadhum dhooramaana anuppitaanga sonnadhu epdi theriyum indha
        vaaram pottutaanga ottirukkaanga edukkala kootittu poitaanga naala onnume yaarukkum eduthu kuduthuchu
        kuduthaanga naane vechirukken kekkave pudhu aalungaluku porumaya solli kudukkuraaru pannradhu nammaloda
        virupam unmai sonnadhukku maathitaan vechirukkaanga kuduthen andha kadan poga vidamaattaanga poottu ponnunga
        kevalama pesuraan thoda pannuraan ellaarayum thadiyaala adikkiraanga edhuvum tharradhu chinna ponnungaloda
        vayasa serthirukkaanga kashtamaana aalukku perai roomla poottivechirukkaanga saapadu thanni kaapathunga
        aagiduchu mayakkam kootitu pogala manushan eppovum kathamaattaaru pogalaam endha thadaiyum panradhu
        kattaayappaduthala ellaaraiyum orey maadhiri nadathuraanga vithyaasam pugar petti kekkaraaru anuppittanga
        maasam thappa thodraan panni thollai panraan adichikittu irukkaan udhavi anuppunga oruthar vizhundhutaaru
        thalai ratham kooppidala paiyan maathi serthuttaanga pathi kidaiyaadhu miratturaanga thaanga sethudalaamnu
        thonudhu pesunga kattitaanga onnum veetla pesuren puriyudhu
        la nu ah
        ungalukku avangalukku avanukku avalukku ivanga anga eppo eppadi evvalavu konjam neraya illainga irundhuchu
        irundhadhu pannanum pannala pannuvaanga sonnaanga kudukkuraanga varaanga ponaanga vanthaanga paakkuraanga
        mudiyadhu vendaam
        """
    ),
    "kn": _words(
        """
        iddini amele sanje aadmele aaga aagi benki hattide hidkondu bandu enadru helidre thumba kottidini hatrane
        illa houdu haudu hawdu nanage nanna naavu namage namma avaru avnu tumba kelasa kelsa sambala
        kodtilla kodalilla kodthilla maadtare madtare madidaare madidare maadidaare madtaare ide ilva illva
         beku gottilla gottila aagide aaytu aitu hogi banni saar chennagide chennagi yaake yenu enu
        hodedru hodidru baidru bayyuttare kattu duddu swalpa bega anna akka amma innu bandilla baitare hatra
        yella raatri maadtivi
        ge alli antha yaaru aadre inda oota ondu kelidre nannanna kodalla hogoke jothe beligge hidkotare horage
        antare oorige maadtaane aagalla eega yaradru yaaradru maadi illi ishta maadalla barutte maatra bidalla beega
        kelsakke kashta bidtilla ashte aadru
        haaktare maadidre torstare baadige murkondu kaige bartide maadtilla hodre kantu kantagi hogbeku kodu
        hudugiyarige maadilla badalistaane annana tallida mettilinda bidda biddu kaalu murdide alle biddidini
        barlilla serkondidini gottaadmele doorada kalsidru helidu hege gottaaytu vaaradinda haakidaare antisidare
        ettalla gaadili karkondu hodru naanu yaav kottilla kottidu kottidru naane ittkondidini kelilla chinte
        maadbedi hosabarige taalmeyinda kalistaare nija helidakke haakidaru kotte saala sambladalli hidkotaare
        hudugiyara ashleela maatadtaane muttoke galu namge kolu hodithaare chikka vayassu jaasti torsi nange
        maatadbeku prajne tappidaare kardkondu hogilla olle manushya yavaglu kirichalla ellarannu ondey nodkotaare
        bhedabhaava pettige kelthaare maathadida ibbaru hudgirna maadsbittru aamele kodteevi antaare tagondu
        kodlilla prathi thingalu maadtaare hudgiru reethi maathadtaane haaktaane hodeetha iddane sahaya kalsi bagge
        maathadidre nadiyalla hedarisuthaare inmele sahisoke saaybeku ansthide maathadi maadoke avru maadidru
        gothaytu
        nanu nim nimma nimge ninna neenu avlu ivru idu yaava elli allige illige eradu mooru bekagide barthini
        bartini hogthini hogtini maadthini maadtini kodi kodthare kodtare aagutte agutte irutte iruthe idhe sigalla
        sigtilla sikkilla baralla hogalla bidi bidu nodi nodu helu heli helidru helbedi gottu gothu chennagilla
        tingalu vaara mane hengasu gandasu hengsru kelage kelu mele hogtilla bartilla aagtilla helalla kelalla
        nodalla baroke kodoke irodu iro irtivi irtare hogtivi bartivi kelidru nodidru yenadru ellaru ellaaru avrige
        ivrige
        """
    ),
    # Burmese, Khmer and Thai typed in Latin letters: no detector knows them so; words Vietnamese, Malay or Tagalog
    # also use ("nay", "ma", "ban", "chong", "tiet", "mai", "dai", "mak", "nga", "tham") are left out.
    "my": _words(
        """
        shi khu yite nge buu htote nout thein taing phyat phanat
        tal bu yin lote pyi pyaw yout nar nauk htwet mhar kaung dae pyan hnit kone hpyat saung ein pwe
        kaing khaing lal nae pyin nyi myar mhu kyi dway taw naing yae kyauk htar
        thauk saing zay chote kyar htay twe khwar hpat pyaung kyay taung mha phyan htae phwet phyoke sagar mhan pyat
        gyi theint thout hlay ngwe htat aung htauk loat pyay yaung
        zu thwar kyaung kyaw pyo soe
        kyun ngar thudo ahu akhu ahkhu lae bal hma
        """
    ),
    "km": _words(
        """
        aoy thveu niyay chong tiet tenh phteah sahachip mneak reuong kchol
        oy luy thver nov pel trov chenh khnhom knhom hz thngai mok yol chhob snak knong mekhyol neak bonh haey
        niyeay klach khyol khae bantob chol nis chuoy chraen mnak srok kompung kmeng chnam krom mday pdey
        khe dol phlers ahar chak thaok chngang ptey poh chhor yerng khluon tek kanleng leung bangkun samrab mk kroy
        maong yub vea khernh cheung mekar runh tleak chondor pheas noh phlas phnaek vech kanhchob teang ors srabtae
        deng avey kechsonya chob thaokae thaem orkun bea velea saek krav chab puk phg chheam trom jea muoy chhnganh
        tov bong chea srey bros prak
        puok koat dae
        """
    ),
    "th": _words(
        """
        ngoen thuk lueat tawnee phuean
        laew ngern bok tuk ork mee jang khon duean yak sanya hor krub khrap krap jai ahan aroi
        duan yai puen kor gor yoo chuay jing phom khun
        riak perm eek kuen leuang jer tue yut sapda tueng yuen plak bandai loei kap nok klua tamruat borikan klab
        lak krob jub phut laem tornee kamlang duay luead yer rongphayaban pee kalang keun plom sahaphap wai krai kui
        kab kep khiw
        laeo leaw leuy loey kub kup sabai wela
        khao sia baht
        """
    ),
}

MALAY_CHAT = _words(
    """
    sy saye x tak takde tade nak kat dah je jer ni tu dgn utk org kena sebab blum belum lg skrg sekarang boleh
    bole tau tahu kerja gaji bulan cuti majikan penyelia mengadu pukul agen hutang sikit sedap la lah pun apa
    dekat yg kami kita saya tiap sampai lagi
    """
)
TAGALOG = _words(
    """
    ang ng mga sa ako hindi po ay yung kasi naman lang siya namin amin sahod trabaho amo wala nila niya ba
    talaga kayo tayo ito lahat araw pera akin rin nang pag kung dito diyan sila natin opo oo huwag wag salamat
    ho
    """
)

MIN_HALLMARKS = 2
MIN_SHARE = 0.4  # of the reply's words


def words_of(text: str) -> list[str]:
    """The reply's words as the word lists are compared (lower case, no accents), numbers left out."""
    return [word for word in match_key(text).split() if not word.isdecimal()]


def romanised_language(text: str) -> tuple[str, float] | None:
    """The South Asian language a Latin-script reply is typed in, with a confidence, or None."""
    words = words_of(text)
    if not words:
        return None
    scores = {code: sum(word in hallmarks for word in words) for code, hallmarks in ROMANISED.items()}
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    if hits < MIN_HALLMARKS or hits < MIN_SHARE * len(words) or hits == runner_up:
        return None
    return best, min(0.95, 0.5 + 0.5 * (hits - runner_up) / len(words))


def malay_not_tagalog(text: str) -> bool:
    """Informal Malay that a detector took for Tagalog: Malay chat words, and no Tagalog ones."""
    words = words_of(text)
    malay = sum(word in MALAY_CHAT for word in words)
    tagalog = sum(word in TAGALOG for word in words)
    return malay >= MIN_HALLMARKS and malay > 2 * tagalog


# Text in Chinese characters alone may be Japanese written in kanji only ("残業代未払"). Japanese simplified
# some characters differently from Chinese (払, 労, 気, 続: neither the simplified nor the traditional form)
# and coined others (働, 込, 枠); Simplified Chinese has forms Japanese never uses (们, 没, 给, 钱). Without
# either, such a reply could be both: the detector says Chinese, too unsure for any switch offer.
JAPANESE_KANJI = frozenset(
    "払働労駅円気売続険験戦変関読転図広伝済覚対応帰悪県様薬歳込畑雑経総権拡営鉄実単乗収価桜沢浜恵検剤稲枠峠匂"
    "畳渋縄涙粋砕酔囲壊懐拝弾択駄団脳悩髪鶏亀亜児戻焼挙黙辺庁隠賛郷蔵臓厳歴暦覧従縦奨嬢譲"
)
SIMPLIFIED_HANZI = frozenset(
    "们这没给钱说让还时对个为过发问题资见车长门东马鸟鱼书买卖动劳务护带关开间话语认识议论讯该谁请读证诉错钟银铁"
    "锁队际阶险验观欢级纪约红经结绝统续网罗织终线练组细养饭饿馆头实宝岁师帮广应庆废张弹归当录彻忆忧怀态总恶惊"
    "惯战扑执扩扫扰抢报担拥择挤损换据无旧显晒术机杂权条极构样档桥毁气汉汤沟泽洁浅测济浓涨湾满灭灯灵点炼烟热爱"
    "现环电画畅疗监盘码础确离种积称稳穷竞笔筑签简类粮紧纳纸绍荣药获营虽补装规视览觉计订训记讲许设访评词试诚详"
    "误调谈谢贝负财责败货质购贵费贴贸赶跃转轮软轻较辆边达迁运进远连迟适选递邮邻酱释钢销键闭闲闹阅阳阴阵陆陈随"
    "隐难雾页顶项顺须顾顿预领频颜风飞饮驾骑鲜鸡龙压厂厅吗呢啊哪么"
)
KANJI_ONLY_UNSURE = 0.45  # below any switch offer


def han_language(text: str) -> tuple[str, float]:
    """Chinese or Japanese, for a reply written in Chinese characters without kana."""
    japanese = sum(character in JAPANESE_KANJI for character in text)
    chinese = sum(character in SIMPLIFIED_HANZI for character in text)
    if japanese > chinese:
        return "ja", 0.9
    if chinese > japanese:
        return "zh", 0.99
    return "zh", KANJI_ONLY_UNSURE
