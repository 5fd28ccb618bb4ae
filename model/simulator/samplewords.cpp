#include "samplewords.h"

// Sample content, not user interface: these words are never translated.
namespace SampleWords {

const QStringList &firstNames()
{
    // 40 names; with 39 last names (coprime counts) the pairs stay apart for 1,560 rows.
    static const QStringList names{
        QStringLiteral("Anna"),   QStringLiteral("Ben"),    QStringLiteral("Chloe"),
        QStringLiteral("David"),  QStringLiteral("Elena"),  QStringLiteral("Farid"),
        QStringLiteral("Grace"),  QStringLiteral("Hugo"),   QStringLiteral("Ines"),
        QStringLiteral("Jonas"),  QStringLiteral("Keiko"),  QStringLiteral("Liam"),
        QStringLiteral("Maria"),  QStringLiteral("Noah"),   QStringLiteral("Olivia"),
        QStringLiteral("Pablo"),  QStringLiteral("Quinn"),  QStringLiteral("Rosa"),
        QStringLiteral("Samuel"), QStringLiteral("Tara"),   QStringLiteral("Umar"),
        QStringLiteral("Vera"),   QStringLiteral("Wei"),    QStringLiteral("Xenia"),
        QStringLiteral("Yusuf"),  QStringLiteral("Zoe"),    QStringLiteral("Amir"),
        QStringLiteral("Bianca"), QStringLiteral("Carlos"), QStringLiteral("Dana"),
        QStringLiteral("Emil"),   QStringLiteral("Fatima"), QStringLiteral("Gustav"),
        QStringLiteral("Hana"),   QStringLiteral("Ivan"),   QStringLiteral("Julia"),
        QStringLiteral("Karim"),  QStringLiteral("Lena"),   QStringLiteral("Marco"),
        QStringLiteral("Nora")};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names{
        QStringLiteral("Schmidt"), QStringLiteral("Martin"),  QStringLiteral("Rossi"),
        QStringLiteral("Novak"),   QStringLiteral("Garcia"),  QStringLiteral("Smith"),
        QStringLiteral("Dubois"),  QStringLiteral("Jensen"),  QStringLiteral("Kowalski"),
        QStringLiteral("Silva"),   QStringLiteral("Tanaka"),  QStringLiteral("Okafor"),
        QStringLiteral("Müller"),  QStringLiteral("Larsen"),  QStringLiteral("Moreau"),
        QStringLiteral("Horvat"),  QStringLiteral("Ivanova"), QStringLiteral("Chen"),
        QStringLiteral("Nguyen"),  QStringLiteral("Haddad"),  QStringLiteral("Fischer"),
        QStringLiteral("Lopez"),   QStringLiteral("Bianchi"), QStringLiteral("Petrov"),
        QStringLiteral("Kim"),     QStringLiteral("Weber"),   QStringLiteral("Andersen"),
        QStringLiteral("Costa"),   QStringLiteral("Brown"),   QStringLiteral("Keller"),
        QStringLiteral("Mendes"),  QStringLiteral("Sato"),    QStringLiteral("Wagner"),
        QStringLiteral("Ali"),     QStringLiteral("Bauer"),   QStringLiteral("Clark"),
        QStringLiteral("Dumont"),  QStringLiteral("Egger"),   QStringLiteral("Fontaine")};
    return names;
}

const QStringList &adjectives()
{
    static const QStringList words{
        QStringLiteral("Oak"),       QStringLiteral("Linen"),   QStringLiteral("Copper"),
        QStringLiteral("Walnut"),    QStringLiteral("Ceramic"), QStringLiteral("Wool"),
        QStringLiteral("Bamboo"),    QStringLiteral("Steel"),   QStringLiteral("Leather"),
        QStringLiteral("Glass"),     QStringLiteral("Cotton"),  QStringLiteral("Marble"),
        QStringLiteral("Cedar"),     QStringLiteral("Velvet"),  QStringLiteral("Brass"),
        QStringLiteral("Stoneware"), QStringLiteral("Hemp"),    QStringLiteral("Slate"),
        QStringLiteral("Birch"),     QStringLiteral("Silk"),    QStringLiteral("Cork"),
        QStringLiteral("Enamel"),    QStringLiteral("Felt"),    QStringLiteral("Rattan"),
        QStringLiteral("Pewter")};
    return words;
}

const QStringList &nouns()
{
    // 24 nouns against 25 adjectives: 600 distinct product names before numbers are needed.
    static const QStringList words{
        QStringLiteral("Chair"),    QStringLiteral("Lamp"),     QStringLiteral("Mug"),
        QStringLiteral("Shelf"),    QStringLiteral("Blanket"),  QStringLiteral("Bowl"),
        QStringLiteral("Table"),    QStringLiteral("Vase"),     QStringLiteral("Cushion"),
        QStringLiteral("Clock"),    QStringLiteral("Tray"),     QStringLiteral("Kettle"),
        QStringLiteral("Stool"),    QStringLiteral("Basket"),   QStringLiteral("Mirror"),
        QStringLiteral("Notebook"), QStringLiteral("Backpack"), QStringLiteral("Scarf"),
        QStringLiteral("Planter"),  QStringLiteral("Desk"),     QStringLiteral("Rug"),
        QStringLiteral("Teapot"),   QStringLiteral("Candle"),   QStringLiteral("Frame")};
    return words;
}

const QStringList &companyWords()
{
    static const QStringList words{
        QStringLiteral("Northwind"), QStringLiteral("Bluefield"),  QStringLiteral("Acorn"),
        QStringLiteral("Riverside"), QStringLiteral("Summit"),     QStringLiteral("Harbor"),
        QStringLiteral("Evergreen"), QStringLiteral("Lighthouse"), QStringLiteral("Granite"),
        QStringLiteral("Meridian"),  QStringLiteral("Fjord"),      QStringLiteral("Juniper"),
        QStringLiteral("Falcon"),    QStringLiteral("Orchard"),    QStringLiteral("Pioneer")};
    return words;
}

const QStringList &companySuffixes()
{
    static const QStringList words{QStringLiteral("Ltd"),      QStringLiteral("GmbH"),
                                   QStringLiteral("& Co"),     QStringLiteral("Trading"),
                                   QStringLiteral("Supplies"), QStringLiteral("Works"),
                                   QStringLiteral("Group")};
    return words;
}

const QStringList &cities()
{
    static const QStringList words{
        QStringLiteral("Berlin"),  QStringLiteral("Lyon"),     QStringLiteral("Porto"),
        QStringLiteral("Leeds"),   QStringLiteral("Graz"),     QStringLiteral("Utrecht"),
        QStringLiteral("Gdańsk"),  QStringLiteral("Bologna"),  QStringLiteral("Aarhus"),
        QStringLiteral("Seville"), QStringLiteral("Toronto"),  QStringLiteral("Osaka"),
        QStringLiteral("Austin"),  QStringLiteral("Ghent"),    QStringLiteral("Tampere"),
        QStringLiteral("Brno"),    QStringLiteral("Valencia"), QStringLiteral("Bergen"),
        QStringLiteral("Nantes"),  QStringLiteral("Zürich")};
    return words;
}

const QStringList &countries()
{
    static const QStringList words{
        QStringLiteral("Germany"),        QStringLiteral("France"),  QStringLiteral("Portugal"),
        QStringLiteral("United Kingdom"), QStringLiteral("Austria"), QStringLiteral("Netherlands"),
        QStringLiteral("Poland"),         QStringLiteral("Italy"),   QStringLiteral("Denmark"),
        QStringLiteral("Spain"),          QStringLiteral("Canada"),  QStringLiteral("Japan"),
        QStringLiteral("United States"),  QStringLiteral("Belgium"), QStringLiteral("Finland")};
    return words;
}

const QStringList &countryCodes()
{
    static const QStringList words{
        QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("PT"), QStringLiteral("GB"),
        QStringLiteral("AT"), QStringLiteral("NL"), QStringLiteral("PL"), QStringLiteral("IT"),
        QStringLiteral("DK"), QStringLiteral("ES"), QStringLiteral("CA"), QStringLiteral("JP"),
        QStringLiteral("US"), QStringLiteral("BE"), QStringLiteral("FI")};
    return words;
}

const QStringList &streets()
{
    static const QStringList words{QStringLiteral("Mill Lane"),    QStringLiteral("Station Road"),
                                   QStringLiteral("Park Avenue"),  QStringLiteral("Church Street"),
                                   QStringLiteral("Harbour View"), QStringLiteral("Elm Row"),
                                   QStringLiteral("King's Road"),  QStringLiteral("Market Square"),
                                   QStringLiteral("Orchard Way"),  QStringLiteral("Bridge Street")};
    return words;
}

const QStringList &categories()
{
    static const QStringList words{
        QStringLiteral("Kitchen"), QStringLiteral("Garden"),   QStringLiteral("Office"),
        QStringLiteral("Outdoor"), QStringLiteral("Lighting"), QStringLiteral("Textiles"),
        QStringLiteral("Storage"), QStringLiteral("Decor"),    QStringLiteral("Bathroom"),
        QStringLiteral("Kids"),    QStringLiteral("Travel"),   QStringLiteral("Seasonal")};
    return words;
}

const QStringList &sentences(const QString &kind)
{
    static const QStringList bio{QStringLiteral("Coffee first, then code."),
                                 QStringLiteral("Keen cyclist and weekend baker."),
                                 QStringLiteral("Collects old maps and vinyl records."),
                                 QStringLiteral("Teaches chemistry, grows tomatoes."),
                                 QStringLiteral("Always looking for a good detective novel."),
                                 QStringLiteral("Runs a small pottery studio.")};
    static const QStringList review{
        QStringLiteral("Exactly as described, arrived quickly."),
        QStringLiteral("Good quality for the price."),
        QStringLiteral("The colour is a bit darker than in the photos."),
        QStringLiteral("Bought a second one as a gift."),
        QStringLiteral("Sturdy, but the instructions were confusing."),
        QStringLiteral("Would not buy again: it broke after a month."),
        QStringLiteral("Lovely finish, very happy with it.")};
    static const QStringList description{
        QStringLiteral("Handmade in small batches."),
        QStringLiteral("Durable, easy to clean and built to last."),
        QStringLiteral("A timeless design that fits any room."),
        QStringLiteral("Made from responsibly sourced materials."),
        QStringLiteral("Compact and light, ideal for small spaces.")};
    static const QStringList notes{
        QStringLiteral("Call before delivery."), QStringLiteral("Leave at the back door."),
        QStringLiteral("Customer asked for gift wrapping."), QStringLiteral("Follow up next week."),
        QStringLiteral("Checked and approved.")};
    if (kind == QLatin1String("bio"))
        return bio;
    if (kind == QLatin1String("review"))
        return review;
    if (kind == QLatin1String("description"))
        return description;
    return notes;
}

} // namespace SampleWords
