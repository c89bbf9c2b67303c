# Texts of the default script (conversations/scripts/default.yaml). Options are added by the bot.
# Japanese, polite but plain (です・ます), common kanji only, short for UCS-2 SMS. 会社 (the company) rather than
# 雇用主 (employer): it is the word workers use. Yes/no questions end in か so that はい / いいえ, ある / ない and
# できる / できない all read naturally as answers.

q-consent = 私たちは、あなたの会社とは関係ありません。答えは秘密で、答えるかは自由です。どの質問も飛ばせます。いつでもSTOPでやめられます。続けますか？
q-retaliation = 私たちと話したあと、そのせいで誰かにひどい扱いをされましたか？
q-retaliation-kind = 何がありましたか？
q-retaliation-kind-pay-cut = 給料を減らされた
q-retaliation-kind-worse-shifts = 悪いシフトや仕事
q-retaliation-kind-threats = 脅し・怒鳴られた
q-retaliation-kind-fired = クビ・辞めろと言われた
q-retaliation-kind-other = その他
q-wages-paid = 先月の給料は、全額を期日どおりにもらいましたか？
q-deductions = あなたが納得していないお金が、給料から引かれていますか？
q-rest-day = 毎週、少なくとも1日は休めますか？
q-rest-day-every-week = 毎週
q-rest-day-sometimes = ときどき
q-rest-day-never = 全然ない
q-overtime-forced = やりたくない時も、残業をさせられますか？
q-documents = あなたのパスポートや身分証は、誰が持っていますか？
q-documents-i-keep = 自分
q-documents-employer-keeps = 会社
q-documents-agent-keeps = 仲介業者
q-documents-no-documents = 持っていない
q-fees-debt = この仕事のためにお金を払いましたか？そのための借金はありますか？
q-free-to-leave = 仕事のない時間に、職場や寮から自由に出られますか？
q-harassment = 職場で誰かに体を触られたり、けがをさせられたり、ひどいことを言われたりしましたか？
q-danger-now = 今、あなたや他の人に危険がありますか？
q-child-workers = 15歳より若く見える人が働いていますか？
q-safe-to-complain = 職場で、こわがらずに問題を言えますか？
q-wants-contact = 私たちのスタッフから連絡してほしいですか？
q-anything-else = ほかに伝えたいことはありますか？自由に書いてください。飛ばすときは9を返信してください。
q-improve = 仕事をよくするために、一つだけ変えるなら何ですか？飛ばすときは9を返信してください。
