using BlindSpot.Logs;
using Xunit.Abstractions;

namespace BlindSpot.Tests.Logs;

/// <summary>
/// The language guess on user messages written for these tests in the style of support-chat exports (none is simulator
/// text): short and long English, the other listed languages, and messages with nothing to tell a language by. Each must
/// come out with its exact code; the accuracy is printed so that a change to the word lists shows what it costs.
/// </summary>
public class MessageLanguageTests(ITestOutputHelper output)
{
    private static readonly (string Text, string Language)[] Messages =
    [
        // English, short: a function word or a common chat word is enough
        ("ok", "en"), ("thanks!", "en"), ("my order is late", "en"), ("hi", "en"), ("Hello?", "en"), ("yes please", "en"),
        ("where is my refund", "en"), ("help", "en"), ("I can't log in", "en"), ("Thank you so much!!", "en"),
        ("no thanks", "en"), ("still waiting…", "en"),
        // English, long, with numbers, codes, addresses and links among the words
        ("I was charged twice for the same subscription last month and I would like one of the payments refunded.", "en"),
        ("The tracking page has said 'out for delivery' since Tuesday but nothing has arrived. Can you check with the courier?", "en"),
        ("i tried resetting my password 3 times and the link in the email never comes, what am I doing wrong", "en"),
        ("Can you cancel order 44127 please, I ordered the wrong size", "en"),
        ("my email is jane.doe@example.com, please update the account", "en"),
        ("see https://shop.example.com/orders/55 — it still says pending", "en"),
        ("@support why is ORD-99812 not shipped yet??", "en"), ("Package arrived damaged", "en"), ("wrong item delivered", "en"),
        // two languages in one message: the one with more hits
        ("Hola, my order is late", "en"),
        ("The app crashes on my iPhone 15 every time I open settings", "en"),
        // Chinese
        ("我的订单还没有到", "zh"), ("你好，我想退款", "zh"), ("为什么我的账户被锁定了？", "zh"),
        ("订单号ORD-99812，请帮我查一下物流", "zh"), ("谢谢", "zh"), ("iPhone充电器坏了，可以换货吗", "zh"),
        // Japanese: kanji beside kana
        ("注文した商品がまだ届きません", "ja"), ("パスワードを忘れました", "ja"), ("ありがとうございます", "ja"),
        ("返金はいつになりますか？", "ja"),
        // Korean
        ("주문한 상품이 아직 도착하지 않았어요", "ko"), ("비밀번호를 재설정하고 싶어요", "ko"), ("감사합니다!", "ko"),
        // Russian
        ("Мой заказ до сих пор не пришёл", "ru"), ("Здравствуйте, как вернуть деньги?", "ru"), ("не могу войти в аккаунт", "ru"),
        // Arabic
        ("لم يصل طلبي بعد", "ar"), ("أريد استرداد المبلغ من فضلك", "ar"), ("شكرا", "ar"),
        // Hebrew, Greek, Thai, Hindi
        ("ההזמנה שלי עדיין לא הגיעה", "he"), ("Η παραγγελία μου δεν έχει φτάσει ακόμα", "el"), ("สินค้ายังไม่มาถึงค่ะ", "th"),
        ("मेरा ऑर्डर अभी तक नहीं आया", "hi"),
        // Spanish
        ("Hola, mi pedido no ha llegado todavía", "es"), ("¿Dónde está mi reembolso?", "es"),
        ("No puedo entrar a mi cuenta, me dice que la contraseña es incorrecta", "es"), ("gracias por la ayuda", "es"),
        ("Quiero cancelar la suscripción", "es"), ("no funciona", "es"), ("Mi cuenta está bloqueada", "es"),
        // French
        ("Bonjour, je n'ai toujours pas reçu ma commande", "fr"), ("Merci beaucoup pour votre aide", "fr"),
        ("Le site ne fonctionne pas, je ne peux pas payer", "fr"), ("Pourquoi j'ai été débité deux fois ?", "fr"),
        ("Mon compte est bloqué", "fr"),
        // German
        ("Meine Bestellung ist noch nicht angekommen", "de"), ("Ich kann mich nicht anmelden, das Passwort wird nicht akzeptiert", "de"),
        ("Danke für die schnelle Hilfe!", "de"), ("Wo ist mein Paket?", "de"),
        ("Größe falsch", "de"), // no listed word: ö and ß decide
        // Portuguese
        ("Olá, meu pedido ainda não chegou", "pt"), ("Não consigo acessar minha conta", "pt"), ("Obrigado pela ajuda", "pt"),
        ("Quero cancelar a assinatura, por favor", "pt"),
        ("Estou esperando desde segunda", "pt"),
        // Italian
        ("Ciao, il mio ordine non è ancora arrivato", "it"), ("Grazie mille per l'aiuto", "it"),
        ("Non riesco ad accedere al mio account", "it"), ("Vorrei un rimborso per favore", "it"),
        ("Sto aspettando da lunedì", "it"), ("Il mio account è bloccato", "it"),
        // Dutch
        ("Hoi, mijn bestelling is nog niet geleverd", "nl"), ("Ik kan niet inloggen op mijn account", "nl"),
        ("Bedankt voor de hulp!", "nl"), ("Waar blijft mijn pakket?", "nl"),
        ("Mijn account is geblokkeerd", "nl"),
        // nothing to tell a language by: numbers, emoji, codes, links, mentions, punctuation, a word several languages share
        ("12345", "und"), ("😀", "und"), ("", "und"), ("   ", "und"), ("https://example.com/x", "und"), ("ORD-99812", "und"),
        ("#55812 INV-2231", "und"), ("@support", "und"), ("👍👍", "und"), ("???", "und"), ("www.example.com", "und"),
        ("no", "und"), ("Zendesk", "und"),
    ];

    [Fact]
    public void Each_message_gets_its_language()
    {
        var wrong = Messages.Select(m => (m.Text, m.Language, Got: MessageLanguage.Of(m.Text))).Where(m => m.Got != m.Language).ToList();
        var right = Messages.Length - wrong.Count;
        output.WriteLine($"language: {right} of {Messages.Length} ({100.0 * right / Messages.Length:F1} %)");
        foreach (var (text, language, got) in wrong) output.WriteLine($"  '{text}': {got}, not {language}");
        Assert.True(wrong.Count == 0, string.Join("; ", wrong.Select(w => $"'{w.Text}': {w.Got}, not {w.Language}")));
    }

    [Fact]
    public void Null_is_undetermined_and_every_answer_is_a_known_code()
    {
        Assert.Equal("und", MessageLanguage.Of(null));
        Assert.All(Messages.Where(m => m.Language != "und"), m => Assert.Contains(m.Language, MessageLanguage.Known));
        Assert.DoesNotContain("und", MessageLanguage.Known);
        Assert.Equal(MessageLanguage.Known.Count, MessageLanguage.Known.Distinct().Count());
    }

    [Fact]
    public void A_ten_megabyte_message_gets_its_language()
    {
        const int size = 10 * 1024 * 1024;
        string Repeat(string words) => string.Concat(Enumerable.Repeat(words, size / words.Length + 1));
        Assert.Equal("en", MessageLanguage.Of(Repeat("where is my order, it was due on Monday 12 ")));
        Assert.Equal("ja", MessageLanguage.Of(Repeat("注文した商品がまだ届きません。")));
        Assert.Equal("de", MessageLanguage.Of(Repeat("Meine Bestellung ist noch nicht angekommen ")));
        // one unbroken "word" of 10 MB: no listed word, so undetermined, not a crash
        Assert.Equal("und", MessageLanguage.Of(new string('x', size)));
    }

    [Fact]
    public void The_same_text_gets_the_same_answer()
    {
        foreach (var (text, _) in Messages) Assert.Equal(MessageLanguage.Of(text), MessageLanguage.Of(new string(text.AsSpan())));
    }
}
