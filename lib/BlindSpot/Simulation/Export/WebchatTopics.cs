namespace BlindSpot.Simulation.Export;

/// <summary>
/// A customer's question and the canned answer (an index into its topic's <see cref="WebchatTopic.Answers"/>) that
/// fits it. {order}, {email} and {phone} are filled with invented personal data.
/// </summary>
internal sealed record WebchatQuestion(string Text, int Answer);

/// <summary>
/// One support topic: its NLU intent, its button on the greeting menu (if it has one), what the bot asks after the
/// click (a prompt or a sub-menu whose i-th button leads to answer i), the bot's canned answers, the customer's
/// questions by language and what an agent answers when the bot could not.
/// </summary>
internal sealed record WebchatTopic(
    string Intent,
    WebchatButton? Button,
    string? Prompt,
    IReadOnlyList<WebchatButton> SubMenu,
    IReadOnlyList<string> Answers,
    IReadOnlyDictionary<string, WebchatQuestion[]> Questions,
    IReadOnlyList<string> AgentReplies);

/// <summary>The five topics the bot knows, in the words of a small online shop's support.</summary>
internal static class WebchatTopics
{
    public static readonly WebchatTopic OrderStatus = new(
        "order_status",
        new WebchatButton("Order status", "/order_status"),
        "Sure! What's your order number? It looks like A-1234567.",
        [],
        [
            "Thanks! That order has shipped and is on its way. The tracking link is in your confirmation e-mail, or at https://example.com/track.",
            "Orders usually arrive within 3-5 business days of shipping. You can follow yours at https://example.com/track with your order number.",
            "If the tracking says delivered but you can't find the parcel, please check with your neighbours and wait 24 hours: couriers sometimes scan parcels early.",
        ],
        new Dictionary<string, WebchatQuestion[]>
        {
            ["en"] =
            [
                new("Where is my order? It was supposed to arrive yesterday.", 1),
                new("My order {order} hasn't arrived yet", 0),
                new("I ordered a jacket last week and still nothing", 1),
                new("Can you tell me when my package will be delivered?", 1),
                new("tracking says delivered but I don't have it", 2),
                new("hi, any update on order {order}?", 0),
                new("The courier says my parcel was delivered on Monday, but nothing came. Order {order}", 2),
            ],
            ["zh"] = [new("我的订单还没到，能帮我查一下吗？", 1), new("快递显示已签收，但是我没有收到包裹。", 2), new("请问我的订单 {order} 什么时候发货？", 0)],
            ["es"] = [new("¿Dónde está mi pedido? Tenía que llegar ayer.", 1), new("Mi pedido {order} todavía no ha llegado.", 0)],
            ["de"] = [new("Wo ist meine Bestellung? Sie sollte gestern ankommen.", 1), new("Meine Bestellung {order} ist immer noch nicht da.", 0)],
        },
        [
            "I've checked order {order}: it left our warehouse on Tuesday and the courier expects to deliver it tomorrow before 6 pm. I've sent the tracking link to your e-mail.",
            "I can see the courier marked {order} as delivered by mistake. I've opened a claim and we'll send a replacement today at no cost.",
        ]);

    public static readonly WebchatTopic Billing = new(
        "billing",
        new WebchatButton("Billing", "/billing"),
        "What do you need help with?",
        [new("A charge I don't recognise", "/billing_charge"), new("Update payment method", "/billing_payment"), new("Get an invoice", "/billing_invoice")],
        [
            "A new order can show as two pending charges for a few days; the extra one disappears on its own within 5 business days.",
            "You can change your payment method under Account > Payment methods. The new card is used from your next order.",
            "Your invoices are under Account > Orders: open the order and choose \"Download invoice\".",
        ],
        new Dictionary<string, WebchatQuestion[]>
        {
            ["en"] =
            [
                new("I was charged twice for the same order", 0),
                new("Why is there a charge of $49.99 on my card?", 0),
                new("How do I update my credit card?", 1),
                new("I need an invoice for my last purchase, please send it to {email}", 2),
                new("my card expired, how do I put in the new one", 1),
                new("Can I get a refund for the second charge on order {order}?", 0),
            ],
            ["zh"] = [new("我被扣了两次款，请帮我退一笔。", 0), new("为什么我的信用卡上多了一笔费用？", 0), new("我需要上个月的发票。", 2)],
            ["es"] = [new("Me cobraron dos veces el mismo pedido.", 0), new("Necesito una factura de mi última compra.", 2)],
            ["de"] = [new("Mir wurde der Betrag zweimal abgebucht.", 0), new("Wie ändere ich meine Kreditkarte?", 1)],
        },
        [
            "I can see two charges, but one is only a pending authorisation and will drop off within 5 days. If it's still there next week, reply to the e-mail I've just sent to {email} and I'll refund it straight away.",
            "I've refunded the duplicate charge on {order}; you'll see it back on your card in 3-5 business days.",
        ]);

    public static readonly WebchatTopic TechnicalSupport = new(
        "technical_support",
        new WebchatButton("Technical problem", "/tech_support"),
        "I'm sorry to hear that. Can you describe the problem in a few words?",
        [],
        [
            "Please try closing the app, clearing its cache and opening it again. If that doesn't help, reinstalling the latest version fixes most problems.",
            "Our website works best in the latest Chrome, Firefox, Safari or Edge. Please try a private window, or clear the cookies for example.com.",
            "Errors at checkout are usually a card check failing. Please make sure the billing address matches your card's and try again.",
        ],
        new Dictionary<string, WebchatQuestion[]>
        {
            ["en"] =
            [
                new("The app keeps crashing when I open it", 0),
                new("I can't upload photos, it just spins", 0),
                new("the website won't load on my phone", 1),
                new("Error 503 when I try to check out", 2),
                new("Checkout says \"payment declined\" but my bank says it's fine", 2),
                new("page is blank after the update,\nI tried two browsers", 1),
            ],
            ["zh"] = [new("应用一打开就闪退，怎么办？", 0), new("网站一直加载不出来。", 1), new("付款的时候总是显示错误。", 2)],
            ["es"] = [new("La aplicación se cierra sola cuando la abro.", 0), new("La página no carga en mi móvil.", 1)],
            ["de"] = [new("Die App stürzt beim Öffnen immer ab.", 0), new("Beim Bezahlen kommt immer ein Fehler.", 2)],
        },
        [
            "Thanks, that's a known problem with version 4.2 of the app. An update is out today: please update it from the app store and it should work again.",
            "I've looked at the logs for your account: the payment provider had an outage this morning. It's fixed now, so please try the checkout again.",
        ]);

    public static readonly WebchatTopic AccountAccess = new(
        "account_access",
        null,
        null,
        [],
        [
            "You can reset your password at https://example.com/reset. The link in the e-mail is valid for 1 hour; please check your spam folder too.",
            "For your security, an account locks after 5 wrong passwords. It unlocks by itself after 30 minutes.",
        ],
        new Dictionary<string, WebchatQuestion[]>
        {
            ["en"] =
            [
                new("I can't log in, it says my password is wrong", 0),
                new("I didn't get the password reset email, my address is {email}", 0),
                new("My account is locked", 1),
                new("How do I change the email on my account? It's {email}", 0),
                new("it says too many attempts and won't let me in", 1),
            ],
            ["zh"] = [new("我登录不了，一直提示密码错误。", 0), new("我没有收到重置密码的邮件。", 0)],
            ["es"] = [new("No puedo iniciar sesión, dice que mi contraseña es incorrecta.", 0)],
            ["de"] = [new("Ich kann mich nicht anmelden, mein Passwort wird nicht akzeptiert.", 0)],
        },
        [
            "I've unlocked your account and sent a new reset link to {email}. It's valid for an hour.",
            "I've changed the e-mail on your account; you'll get a confirmation at {email} in a minute.",
        ]);

    public static readonly WebchatTopic Cancellation = new(
        "cancellation",
        null,
        null,
        [],
        [
            "You can cancel your subscription any time under Account > Subscription > Cancel. You keep access until the end of the period you paid for.",
            "Orders can be cancelled within 1 hour of ordering under Account > Orders. After that, please return the items once they arrive.",
        ],
        new Dictionary<string, WebchatQuestion[]>
        {
            ["en"] =
            [
                new("I want to cancel my subscription", 0),
                new("How do I cancel my order {order}?", 1),
                new("please cancel my membership, call me on {phone} if you need to", 0),
                new("I ordered the wrong size 10 minutes ago, can I cancel?", 1),
            ],
            ["zh"] = [new("我想取消订阅。", 0), new("怎么取消我的订单？", 1)],
            ["es"] = [new("Quiero cancelar mi suscripción.", 0)],
            ["de"] = [new("Ich möchte mein Abo kündigen.", 0)],
        },
        [
            "Done: I've cancelled your subscription. You keep access until the end of this billing period and won't be charged again.",
            "I've cancelled {order} before it shipped; the refund is on its way to your card.",
        ]);

    /// <summary>The topics in menu order (those with a button first).</summary>
    public static readonly WebchatTopic[] All = [OrderStatus, Billing, TechnicalSupport, AccountAccess, Cancellation];

    /// <summary>How often customers come with each topic.</summary>
    public static readonly double[] Weights = [0.32, 0.24, 0.22, 0.12, 0.10];

    /// <summary>What a customer types that the NLU cannot place (besides other languages): a true failure when the bot falls back.</summary>
    public static readonly string[] Unplaceable =
    [
        "the thing from before",
        "is this a real person",
        "What are your opening hours in Boston?",
        "ok so basically last time I talked to you guys you said it would be fixed",
        "??",
        "do you ship to Canada",
        "my number is {phone}, can someone call me",
    ];
}
