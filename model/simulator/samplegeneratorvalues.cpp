#include "samplegeneratorvalues.h"

#include "../column.h"
#include "samplewords.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <iterator>

namespace {

using namespace SampleWords;

QStringList tokensOf(const QString &name)
{
    // "unitPrice", "unit_price" and "Unit Price" all give {"unit", "price"}.
    QString spaced;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            spaced += QLatin1Char(' ');
        spaced += c.isLetterOrNumber() ? c.toLower() : QChar(QLatin1Char(' '));
    }
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasAny(const QStringList &tokens, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (tokens.contains(QLatin1String(w)))
            return true;
    }
    return false;
}

// Table-name words: singular or plural, prefix or not ("app_users", "Customer").
bool tableIs(const QString &table, std::initializer_list<const char *> words)
{
    for (const QString &t : tokensOf(table)) {
        for (const char *w : words) {
            const QLatin1String word(w);
            if (t == word || t == word + QLatin1Char('s') || t == word + QLatin1String("es"))
                return true;
        }
    }
    return false;
}

QString pick(const QStringList &words, QRandomGenerator &random)
{
    return words.at(int(random.bounded(quint32(words.size()))));
}

QString titleCase(const QString &text)
{
    QStringList parts = tokensOf(text);
    for (QString &p : parts)
        p[0] = p.at(0).toUpper();
    return parts.join(QLatin1Char(' '));
}

// Fits `text` into the column; a unique value keeps its row tag when it must be cut.
QString fitted(const QString &text, const DataType &type, bool unique, int row)
{
    if (!type.hasLength() || type.length() <= 0 || text.size() <= type.length())
        return text;
    const int length = type.length();
    if (!unique)
        return text.left(length);
    const QString tag = QString::number(row, 36);
    if (length < 8 || tag.size() + 1 >= length)
        return tag.rightJustified(length, QLatin1Char('0'), true);
    return text.left(length - tag.size() - 1) + QLatin1Char('-') + tag;
}

// A whole number of the smallest units of a decimal(precision, scale), as the value.
QVariant decimalValue(double value, const DataType &type, int defaultScale)
{
    const int scale = type.scale() >= 0 ? type.scale() : defaultScale;
    const int precision = type.length() > 0 ? type.length() : 12;
    const double factor = std::pow(10.0, scale);
    const double limit = std::pow(10.0, qMin(15, qMax(0, precision - scale))) - 1.0 / factor;
    value = qBound(-limit, value, limit);
    const double rounded = std::round(value * factor) / factor;
    if (scale == 0)
        return qlonglong(rounded);
    return rounded;
}

} // namespace

enum class SampleGeneratorValues::Role {
    Generic,
    Email,
    FirstName,
    LastName,
    PersonName,
    UserName,
    CompanyName,
    ProductName,
    CategoryName,
    CityName,
    CountryName,
    CountryCode,
    Street,
    PostalCode,
    Phone,
    Url,
    Title,
    Bio,
    Review,
    Description,
    Notes,
    Status,
    Code,
    Currency,
    Language,
    Color,
    Secret,
    Money,
    BigMoney,
    Quantity,
    Stock,
    Rating,
    Age,
    Year,
    Percent,
    Latitude,
    Longitude,
    BirthDate,
    Flag,
    Attributes,
    Settings,
    Image,
};

SampleGeneratorValues::SampleGeneratorValues(const QString &tableName, int rowCount, quint64 seed)
    : m_table(tableName.toLower())
    , m_rows(qMax(1, rowCount))
    , m_seed(seed)
{
}

SampleGeneratorValues::Role SampleGeneratorValues::roleOf(const Column &column) const
{
    const QStringList t = tokensOf(column.name);
    const bool numeric = column.type.isNumeric();
    const bool personTable = tableIs(
        m_table, {"user",   "person", "people",  "customer", "client",  "employee", "staff",
                  "member", "author", "student", "teacher",  "contact", "account",  "patient",
                  "actor",  "artist", "player",  "driver",   "owner",   "profile"});
    if (hasAny(t, {"email", "mail"}))
        return Role::Email;
    if (hasAny(t, {"firstname", "forename", "given"})
        || (hasAny(t, {"first"}) && hasAny(t, {"name"})))
        return Role::FirstName;
    if (hasAny(t, {"lastname", "surname", "family"})
        || (hasAny(t, {"last"}) && hasAny(t, {"name"})))
        return Role::LastName;
    if (hasAny(t, {"username", "login", "handle", "nickname", "nick"})
        || (hasAny(t, {"user"}) && hasAny(t, {"name"})))
        return Role::UserName;
    if (hasAny(t, {"phone", "mobile", "tel", "telephone", "fax"}))
        return Role::Phone;
    if (hasAny(t, {"url", "website", "homepage", "link", "uri", "href"}))
        return Role::Url;
    if (hasAny(t, {"avatar", "photo", "image", "picture", "logo", "thumbnail"}))
        return column.type.kind() == LogicalType::Blob ? Role::Image : Role::Url;
    if (hasAny(t, {"street", "address", "addr", "address1", "address2"}))
        return Role::Street;
    if (hasAny(t, {"city", "town"}))
        return Role::CityName;
    if (hasAny(t, {"country", "nation"})) {
        const bool shortText
            = column.type.hasLength() && column.type.length() > 0 && column.type.length() <= 3;
        return shortText || hasAny(t, {"code", "iso"}) ? Role::CountryCode : Role::CountryName;
    }
    if (hasAny(t, {"zip", "postal", "postcode", "zipcode"}))
        return Role::PostalCode;
    if (hasAny(t, {"currency"}))
        return Role::Currency;
    if (hasAny(t, {"lang", "language", "locale"}))
        return Role::Language;
    if (hasAny(t, {"color", "colour"}))
        return Role::Color;
    if (hasAny(t, {"password", "hash", "token", "secret", "salt", "digest"}))
        return Role::Secret;
    if (hasAny(t, {"lat", "latitude"}))
        return Role::Latitude;
    if (hasAny(t, {"lng", "lon", "long", "longitude"}) && numeric)
        return Role::Longitude;
    if (hasAny(t, {"birth", "dob", "birthday", "born"}))
        return Role::BirthDate;
    if (hasAny(t, {"salary", "revenue", "income", "budget", "balance"}) && numeric)
        return Role::BigMoney;
    if (hasAny(t,
               {"price", "cost", "fee", "tax", "amount", "total", "subtotal", "payment", "charge",
                "wage"})
        && (numeric && !column.type.isInteger()))
        return Role::Money;
    if (hasAny(t, {"stock", "inventory", "available"}) && column.type.isInteger())
        return Role::Stock;
    if (hasAny(t, {"quantity", "qty", "count", "units", "amount", "number", "num", "pieces"})
        && numeric)
        return Role::Quantity;
    if (hasAny(t, {"rating", "stars", "score", "grade"}) && numeric)
        return Role::Rating;
    if (hasAny(t, {"age"}) && numeric)
        return Role::Age;
    if (hasAny(t, {"year"}) && numeric)
        return Role::Year;
    if (hasAny(t, {"percent", "percentage", "pct", "rate", "ratio", "discount"}) && numeric)
        return Role::Percent;
    if (column.type.kind() == LogicalType::Boolean
        || hasAny(t,
                  {"is", "has", "can", "active", "enabled", "verified", "deleted", "visible",
                   "published", "flag"}))
        return numeric || column.type.kind() == LogicalType::Boolean ? Role::Flag : Role::Generic;
    if (hasAny(t, {"status", "state"}))
        return Role::Status;
    if (hasAny(t, {"sku", "code", "ref", "reference", "barcode", "isbn", "ean", "serial", "slug"}))
        return Role::Code;
    if (hasAny(t, {"title", "subject", "headline", "caption"}))
        return Role::Title;
    if (hasAny(t, {"bio", "biography", "about"}))
        return Role::Bio;
    if (hasAny(t, {"review", "feedback"})
        || (hasAny(t, {"body", "comment", "text", "content"})
            && tableIs(m_table, {"review", "comment", "rating", "feedback"})))
        return Role::Review;
    if (hasAny(t, {"description", "details", "summary", "body", "content", "text"}))
        return Role::Description;
    if (hasAny(t, {"note", "notes", "comment", "comments", "remark", "remarks", "message"}))
        return Role::Notes;
    if (hasAny(t, {"attributes", "properties", "specs", "options", "features"}))
        return Role::Attributes;
    if (hasAny(t, {"settings", "preferences", "config", "configuration", "prefs"}))
        return Role::Settings;
    if (hasAny(t, {"name", "label", "display", "fullname", "author", "customer"})) {
        if (hasAny(t, {"display", "full", "fullname", "author", "customer", "contact"})
            || personTable)
            return Role::PersonName;
        if (tableIs(m_table,
                    {"product", "item", "article", "good", "book", "film", "movie", "album",
                     "track", "song", "course", "game", "dish"}))
            return Role::ProductName;
        if (tableIs(m_table,
                    {"company", "companie", "organization", "organisation", "supplier", "vendor",
                     "publisher", "shop", "store", "brand", "manufacturer", "bank", "school",
                     "business"}))
            return Role::CompanyName;
        if (tableIs(m_table, {"city", "citie", "town", "location", "place"}))
            return Role::CityName;
        if (tableIs(m_table, {"country", "countrie"}))
            return Role::CountryName;
        if (tableIs(m_table,
                    {"category", "categorie", "tag", "genre", "department", "team", "group", "role",
                     "type", "kind", "section"}))
            return Role::CategoryName;
    }
    return Role::Generic;
}

int SampleGeneratorValues::generation(int row) const
{
    return row / int(firstNames().size() * lastNames().size());
}

QString SampleGeneratorValues::firstName(int row) const
{
    const int count = int(firstNames().size());
    return firstNames().at(int((row + m_seed % quint64(count)) % count));
}

QString SampleGeneratorValues::lastName(int row) const
{
    // For row = q·F + a: (q·(F + 1) + a) mod L, injective in q for q < L because F + 1 and L
    // are coprime; with the first name's a, every (first, last) pair of a generation differs.
    const int f = int(firstNames().size());
    const int l = int(lastNames().size());
    const int inGeneration = row % (f * l);
    const int q = inGeneration / f;
    const int a = inGeneration % f;
    return lastNames().at(int((q * (f + 1) + a + (m_seed * 7) % quint64(l)) % l));
}

int SampleGeneratorValues::nullPercent(const Column &column)
{
    switch (column.type.kind()) {
    case LogicalType::Blob:
        return 50;
    case LogicalType::Text:
        return 25;
    default:
        return 10;
    }
}

QVariant SampleGeneratorValues::value(const Column &column, int row, bool unique,
                                      QRandomGenerator &random) const
{
    const Role role = roleOf(column);
    const DataType &type = column.type;
    switch (type.kind()) {
    case LogicalType::SmallInt:
    case LogicalType::Integer:
    case LogicalType::BigInt:
    case LogicalType::Decimal:
    case LogicalType::Real:
    case LogicalType::Double:
    case LogicalType::Boolean:
        return number(column, role, row, unique, random);
    case LogicalType::Date:
    case LogicalType::Time:
    case LogicalType::Timestamp:
    case LogicalType::TimestampTz:
        return temporal(column, role, row, unique, random);
    case LogicalType::Uuid: {
        // Version 4 layout; a unique column keeps the row in the low 32 bits.
        quint64 high = random.generate64();
        quint64 low = random.generate64();
        high = (high & ~quint64(0xf000)) | 0x4000;
        low = (low & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60);
        if (unique)
            low = (low & ~quint64(0xffffffff)) | quint32(row);
        const QString hex = QStringLiteral("%1%2")
                                .arg(high, 16, 16, QLatin1Char('0'))
                                .arg(low, 16, 16, QLatin1Char('0'));
        return QStringLiteral("%1-%2-%3-%4-%5")
            .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
    }
    case LogicalType::Json: {
        QString json;
        if (role == Role::Attributes)
            json = QStringLiteral("{\"color\": \"%1\", \"size\": \"%2\"}")
                       .arg(pick({QStringLiteral("red"), QStringLiteral("blue"),
                                  QStringLiteral("green"), QStringLiteral("black"),
                                  QStringLiteral("natural")},
                                 random),
                            pick({QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L"),
                                  QStringLiteral("XL")},
                                 random));
        else if (role == Role::Settings)
            json = QStringLiteral("{\"theme\": \"%1\", \"newsletter\": %2}")
                       .arg(random.bounded(3) == 0 ? QStringLiteral("dark")
                                                   : QStringLiteral("light"),
                            random.bounded(2) ? QStringLiteral("true") : QStringLiteral("false"));
        else
            json = QStringLiteral("{\"source\": \"%1\", \"version\": %2}")
                       .arg(pick(
                           {QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("import")},
                           random))
                       .arg(1 + random.bounded(3));
        if (unique)
            json.insert(1, QStringLiteral("\"id\": %1, ").arg(row + 1));
        return json;
    }
    case LogicalType::Blob: {
        QByteArray bytes;
        if (role == Role::Image)
            bytes = QByteArray("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 8; ++i)
            bytes.append(char(random.bounded(256)));
        if (unique)
            bytes.append(QByteArray::number(row));
        return bytes;
    }
    case LogicalType::Char:
    case LogicalType::Varchar:
    case LogicalType::Text:
    case LogicalType::Custom:
        break;
    }
    return text(column, role, row, unique, random);
}

QVariant SampleGeneratorValues::text(const Column &column, Role role, int row, bool unique,
                                     QRandomGenerator &random) const
{
    const DataType &type = column.type;
    const int gen = generation(row);
    const QString again = gen > 0 ? QString::number(gen + 1) : QString();
    auto ascii = [](QString s) {
        s = s.toLower().normalized(QString::NormalizationForm_D);
        s.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
        return s;
    };
    QString value;
    switch (role) {
    case Role::Email: {
        static const QStringList domains{
            QStringLiteral("example.com"), QStringLiteral("example.org"),
            QStringLiteral("example.net"), QStringLiteral("mail.example.com")};
        value = QStringLiteral("%1.%2%3@%4")
                    .arg(ascii(firstName(row)), ascii(lastName(row)), again,
                         domains.at(row % domains.size()));
        break;
    }
    case Role::FirstName:
        value = firstName(row) + (unique ? again : QString());
        break;
    case Role::LastName:
        value = lastName(row) + (unique ? again : QString());
        break;
    case Role::PersonName:
        value = firstName(row) + QLatin1Char(' ') + lastName(row)
            + (again.isEmpty() ? QString() : QLatin1Char(' ') + again);
        break;
    case Role::UserName:
        value = ascii(firstName(row)) + QLatin1Char('_') + ascii(lastName(row)) + again;
        break;
    case Role::ProductName: {
        const int a = int(adjectives().size());
        const int n = int(nouns().size());
        const int k = unique ? row : int(random.bounded(quint32(a * n)));
        value = adjectives().at(k % a) + QLatin1Char(' ') + nouns().at(k % n);
        if (unique && k >= a * n)
            value += QStringLiteral(" %1").arg(k / (a * n) + 1);
        break;
    }
    case Role::CompanyName: {
        const int w = int(companyWords().size());
        const int s = int(companySuffixes().size());
        const int k = unique ? row : int(random.bounded(quint32(w * s)));
        value = companyWords().at(k % w) + QLatin1Char(' ') + companySuffixes().at(k % s);
        if (unique && k >= w * s)
            value += QStringLiteral(" %1").arg(k / (w * s) + 1);
        break;
    }
    case Role::CategoryName:
    case Role::CityName:
    case Role::CountryName:
    case Role::CountryCode: {
        const QStringList &words = role == Role::CategoryName ? categories()
            : role == Role::CityName                          ? cities()
            : role == Role::CountryName                       ? countries()
                                                              : countryCodes();
        const int k = unique ? row : int(random.bounded(quint32(words.size())));
        value = words.at(k % words.size());
        if (unique && k >= words.size())
            value = role == Role::CountryCode
                ? QString::number(k, 36).toUpper()
                : value + QStringLiteral(" %1").arg(k / words.size() + 1);
        break;
    }
    case Role::Street:
        value = QStringLiteral("%1 %2")
                    .arg(unique ? row + 1 : 1 + random.bounded(180))
                    .arg(pick(streets(), random));
        break;
    case Role::PostalCode:
        value = QString::number(unique ? 10000 + row : 10000 + random.bounded(89999));
        break;
    case Role::Phone:
        value = QStringLiteral("+1 555-%1")
                    .arg(unique ? row : int(random.bounded(10000)), 4, 10, QLatin1Char('0'));
        break;
    case Role::Url:
        value = QStringLiteral("https://example.com/%1/%2")
                    .arg(ascii(m_table).isEmpty() ? QStringLiteral("item") : ascii(m_table))
                    .arg(unique ? row + 1 : 1 + random.bounded(1000));
        break;
    case Role::Title: {
        static const QStringList titles{
            QStringLiteral("Worth every penny"), QStringLiteral("Not what I expected"),
            QStringLiteral("Great gift"),        QStringLiteral("Solid and simple"),
            QStringLiteral("Could be better"),   QStringLiteral("Weekly update"),
            QStringLiteral("Quick question"),    QStringLiteral("Spring collection")};
        value = pick(titles, random);
        if (unique)
            value += QStringLiteral(" #%1").arg(row + 1);
        break;
    }
    case Role::Bio:
        value = pick(sentences(QStringLiteral("bio")), random);
        break;
    case Role::Review:
        value = pick(sentences(QStringLiteral("review")), random);
        break;
    case Role::Description:
        value = pick(sentences(QStringLiteral("description")), random);
        break;
    case Role::Notes:
        value = pick(sentences(QStringLiteral("notes")), random);
        break;
    case Role::Status: {
        const bool orderLike = tableIs(m_table,
                                       {"order", "payment", "invoice", "shipment", "delivery",
                                        "ticket", "booking", "reservation"});
        // Weighted: most orders are done, a few are still open or were cancelled.
        static const QStringList orderStates{
            QStringLiteral("delivered"), QStringLiteral("delivered"), QStringLiteral("delivered"),
            QStringLiteral("shipped"),   QStringLiteral("paid"),      QStringLiteral("pending"),
            QStringLiteral("cancelled")};
        static const QStringList states{QStringLiteral("active"), QStringLiteral("active"),
                                        QStringLiteral("active"), QStringLiteral("inactive"),
                                        QStringLiteral("suspended")};
        value = pick(orderLike ? orderStates : states, random);
        if (unique)
            value += QStringLiteral("-%1").arg(row + 1);
        break;
    }
    case Role::Code: {
        QString prefix = column.name.left(3).toUpper();
        prefix.remove(QRegularExpression(QStringLiteral("[^A-Z0-9]")));
        value = QStringLiteral("%1-%2")
                    .arg(prefix.isEmpty() ? QStringLiteral("C") : prefix)
                    .arg(unique ? 10001 + row : 10001 + int(random.bounded(89999)));
        break;
    }
    case Role::Currency:
        value = pick({QStringLiteral("EUR"), QStringLiteral("EUR"), QStringLiteral("USD"),
                      QStringLiteral("GBP"), QStringLiteral("CHF")},
                     random);
        break;
    case Role::Language:
        value = pick({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                      QStringLiteral("es"), QStringLiteral("it")},
                     random);
        break;
    case Role::Color:
        value = QStringLiteral("#%1").arg(random.bounded(0x1000000), 6, 16, QLatin1Char('0'));
        break;
    case Role::Secret: {
        // Looks like a SHA-256 digest; a unique column starts with the row.
        QString hex = unique ? QString::number(row, 16) + QLatin1Char('f') : QString();
        while (hex.size() < 64)
            hex += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
        value = hex.left(64);
        break;
    }
    default: {
        static const QStringList words{QStringLiteral("amber"),  QStringLiteral("harbor"),
                                       QStringLiteral("maple"),  QStringLiteral("quartz"),
                                       QStringLiteral("lumen"),  QStringLiteral("delta"),
                                       QStringLiteral("cobalt"), QStringLiteral("willow"),
                                       QStringLiteral("sierra"), QStringLiteral("ember")};
        if (type.kind() == LogicalType::Char && type.length() > 0 && type.length() <= 3) {
            // Short fixed-width codes: letters.
            const int k = unique ? row : int(random.bounded(26 * 26 * 26));
            value = QString::number(k, 36).toUpper().rightJustified(type.length(), QLatin1Char('A'),
                                                                    true);
            break;
        }
        const QStringList tokens = tokensOf(column.name);
        if (hasAny(tokens, {"name", "label"})) {
            // "Project 3" in a table named projects.
            QString noun = titleCase(m_table);
            if (noun.endsWith(QLatin1Char('s')) && noun.size() > 3)
                noun.chop(1);
            value = QStringLiteral("%1 %2")
                        .arg(noun.isEmpty() ? titleCase(column.name) : noun)
                        .arg(unique ? row + 1 : 1 + int(random.bounded(quint32(m_rows))));
            break;
        }
        value = unique ? QStringLiteral("%1 %2").arg(titleCase(column.name)).arg(row + 1)
                       : titleCase(pick(words, random) + QLatin1Char(' ') + pick(words, random));
        break;
    }
    }
    return fitted(value, type, unique, row);
}

QVariant SampleGeneratorValues::number(const Column &column, Role role, int row, bool unique,
                                       QRandomGenerator &random) const
{
    const DataType &type = column.type;
    if (type.kind() == LogicalType::Boolean || role == Role::Flag)
        return qlonglong(
            unique ? row : (role == Role::Flag ? random.bounded(4) != 0 : random.bounded(2)));
    if (type.isInteger()) {
        const qlonglong top = type.kind() == LogicalType::SmallInt ? 32767 : 2147483647;
        if (unique)
            return qlonglong(qMin<qlonglong>(top, row + 1));
        qlonglong v = 1 + random.bounded(100);
        switch (role) {
        case Role::Quantity: {
            // Mostly one or two, now and then a handful.
            static const int weights[] = {1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 10};
            v = weights[random.bounded(int(std::size(weights)))];
            break;
        }
        case Role::Stock:
            v = random.bounded(500);
            break;
        case Role::Rating: {
            static const int stars[] = {1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5};
            v = stars[random.bounded(int(std::size(stars)))];
            break;
        }
        case Role::Age:
            v = 18 + random.bounded(63);
            break;
        case Role::Year:
            v = 1990 + random.bounded(35);
            break;
        case Role::Percent:
            v = random.bounded(101);
            break;
        case Role::Money:
        case Role::BigMoney:
            v = role == Role::BigMoney ? 25000 + random.bounded(95000) : 1 + random.bounded(500);
            break;
        default:
            break;
        }
        return qMin(v, top);
    }
    // Decimal, real and double.
    double v;
    switch (role) {
    case Role::Money: {
        // Log-uniform: many small amounts, fewer large ones. Totals run higher than prices.
        const bool total
            = hasAny(tokensOf(column.name), {"total", "amount", "subtotal", "payment"});
        const double low = total ? 10 : 1.5;
        const double high = total ? 2500 : 400;
        v = low * std::pow(high / low, random.generateDouble());
        // Prices end in .99, .50 or .00 more often than not.
        if (!total && random.bounded(3) != 0)
            v = std::floor(v) + (random.bounded(2) ? 0.99 : 0.5);
        break;
    }
    case Role::BigMoney:
        v = 25000 + random.bounded(95000) + random.bounded(100) / 100.0;
        break;
    case Role::Quantity:
        v = 1 + random.bounded(10);
        break;
    case Role::Rating:
        v = 1 + random.bounded(41) / 10.0;
        break;
    case Role::Percent:
        v = random.bounded(1001) / 10.0;
        break;
    case Role::Latitude:
        v = -55 + random.generateDouble() * 125;
        break;
    case Role::Longitude:
        v = -180 + random.generateDouble() * 360;
        break;
    default:
        v = random.bounded(100000) / 100.0;
        break;
    }
    if (unique)
        v = row + 1 + std::fmod(v, 1.0) / 2; // the whole part tells rows apart
    if (type.kind() == LogicalType::Decimal)
        return decimalValue(v, type, role == Role::Money || role == Role::BigMoney ? 2 : 0);
    const double places = role == Role::Latitude || role == Role::Longitude ? 1e6 : 100;
    return std::round(v * places) / places;
}

QVariant SampleGeneratorValues::temporal(const Column &column, Role role, int row, bool unique,
                                         QRandomGenerator &random) const
{
    const DataType &type = column.type;
    if (type.kind() == LogicalType::Time) {
        const int seconds = unique ? (8 * 3600 + row) % 86400
                                   : 8 * 3600 + int(random.bounded(12 * 3600 / 300)) * 300;
        return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm:ss"));
    }
    const QDate first(2023, 1, 1);
    const qint64 spanDays = first.daysTo(QDate(2024, 12, 31));
    QDate day;
    qint64 secondOfDay = 0;
    if (role == Role::BirthDate) {
        day = QDate(1950, 1, 1).addDays(random.bounded(20000));
        if (unique)
            day = QDate(1950, 1, 1).addDays(row);
    } else {
        // Events follow the rows: row n happened after row n - 1, as ids and dates usually go.
        const qint64 span = spanDays * 86400;
        const qint64 bucket = qMax<qint64>(1, span / m_rows);
        const qint64 second = qMin<qint64>(span, row * bucket)
            + qint64(random.bounded(quint32(qMin<qint64>(bucket, 86400 * 30))));
        day = first.addDays(second / 86400);
        // Between 07:00 and 23:00; a unique column keeps the second it was given.
        secondOfDay = unique ? second % 86400 : 7 * 3600 + (second % 86400) * 16 / 24;
        if (unique && type.kind() == LogicalType::Date)
            day = first.addDays(m_rows > spanDays ? row : row * spanDays / m_rows);
    }
    if (type.kind() == LogicalType::Date)
        return day.toString(Qt::ISODate);
    const QString text = day.toString(Qt::ISODate) + QLatin1Char(' ')
        + QTime(0, 0).addSecs(int(secondOfDay)).toString(QStringLiteral("HH:mm:ss"));
    return type.kind() == LogicalType::TimestampTz ? text + QLatin1String("+00:00") : text;
}
