#include "customersfile.h"

#include "yamlfields.h"

#include "platform/fileutil.h"
#include "yaml/duplicatekeys.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace ReleaseDeck {

namespace {

constexpr qint64 kMaxCustomersBytes = 4 * 1024 * 1024;

class Reader : public YamlFields
{
public:
    Reader(const QString &file, CustomersLoad &out)
        : YamlFields(file, out.problems)
        , m_out(out)
    {}

    void read(const YAML::Node &root)
    {
        if (!root.IsMap() || !root["customers"]) {
            problem(root, QStringLiteral("a customers file is a mapping with a 'customers' list"));
            return;
        }
        checkKeys(root, {QStringLiteral("customers")}, QStringLiteral("the customers file"));
        const YAML::Node list = root["customers"];
        if (!list.IsSequence()) {
            problem(list, QStringLiteral("'customers' must be a list"));
            return;
        }
        QSet<QString> names;
        for (const YAML::Node &node : list)
            readCustomer(node, names);
    }

private:
    void readCustomer(const YAML::Node &node, QSet<QString> &names)
    {
        if (!node.IsMap()) {
            problem(node, QStringLiteral("a customer entry must be a mapping"));
            return;
        }
        // An entry with a key of no meaning is left out, like any entry with a problem.
        if (!checkKeys(node, {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("delivery"), QStringLiteral("cadence"),
                              QStringLiteral("windows"), QStringLiteral("blackouts"), QStringLiteral("contact"), QStringLiteral("lts")},
                       QStringLiteral("a customer")))
            return;
        Customer c;
        c.line = at(node).line;
        for (const char *key : {"name", "version"}) {
            if (!node[key]) {
                problem(node, QStringLiteral("a customer entry has no '%1'").arg(QLatin1String(key)));
                return;
            }
        }
        if (!text(node["name"], QStringLiteral("name"), &c.name))
            return;
        if (c.name.trimmed().isEmpty() || hasHiddenCharacters(c.name)) {
            problem(node["name"], QStringLiteral("a customer's name must be plain text, not '%1'").arg(printableName(c.name)));
            return;
        }
        // Names are looked up without regard to case or spacing: "Acme Co",
        // "acme co" and "Acme  Co " are one.
        if (names.contains(c.name.simplified().toCaseFolded())) {
            problem(node["name"], QStringLiteral("customer '%1' is named twice").arg(printableName(c.name)));
            return;
        }
        QString value, why;
        if (!text(node["version"], QStringLiteral("version"), &value))
            return;
        const auto version = Version::parse(value, &why);
        if (!version) {
            problem(node["version"], QStringLiteral("customer '%1': version '%2': %3").arg(c.name, printableName(value), why));
            return;
        }
        c.version = *version;
        if (!choice(node, "delivery", {{"customer-managed", 0}, {"vendor-managed", 1}}, c.name, [&](int v) { c.delivery = Customer::Delivery(v); }))
            return;
        if (!choice(node, "cadence", {{"weekly", 0}, {"monthly", 1}, {"quarterly", 2}, {"twice-yearly", 3}}, c.name,
                    [&](int v) { c.cadence = Customer::Cadence(v); }))
            return;
        if (node["contact"] && !text(node["contact"], QStringLiteral("contact"), &c.contact))
            return;
        if (node["lts"] && !flag(node["lts"], QStringLiteral("customer '%1'").arg(c.name), &c.lts, QStringLiteral("lts")))
            return;
        if (const YAML::Node windows = node["windows"]) {
            QStringList texts;
            if (!textList(windows, QStringLiteral("windows"), &texts))
                return;
            for (const QString &t : std::as_const(texts)) {
                const auto w = window(t);
                if (!w) {
                    problem(windows, QStringLiteral("customer '%1': window '%2' is not like \"Sat 02:00-06:00 UTC\"")
                                         .arg(c.name, printableName(t)));
                    return;
                }
                c.windows.append(*w);
            }
        }
        if (const YAML::Node blackouts = node["blackouts"]) {
            if (!blackouts.IsSequence()) {
                problem(blackouts, QStringLiteral("customer '%1': 'blackouts' must be a list").arg(c.name));
                return;
            }
            for (const YAML::Node &b : blackouts) {
                const auto blackout = readBlackout(b, c.name);
                if (!blackout)
                    return;
                c.blackouts.append(*blackout);
            }
        }
        names.insert(c.name.simplified().toCaseFolded());
        m_out.customers.append(c);
    }

    template<typename Set>
    bool choice(const YAML::Node &node, const char *key, std::initializer_list<std::pair<const char *, int>> options,
                const QString &name, Set set)
    {
        if (!node[key])
            return true;
        QString value;
        if (!text(node[key], QLatin1String(key), &value))
            return false;
        QStringList names;
        for (const auto &[text, v] : options) {
            if (value == QLatin1String(text)) {
                set(v);
                return true;
            }
            names.append(QLatin1String(text));
        }
        problem(node[key], QStringLiteral("customer '%1': %2 must be %3, not '%4'")
                               .arg(name, QLatin1String(key), names.join(QLatin1String(", ")), printableName(value)));
        return false;
    }

    static std::optional<ChangeWindow> window(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([0-2][0-9]:[0-5][0-9])-([0-2][0-9]:[0-5][0-9]) UTC$"));
        const auto m = re.match(text.trimmed());
        if (!m.hasMatch())
            return std::nullopt;
        static const QStringList days{QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"), QStringLiteral("Thu"),
                                      QStringLiteral("Fri"), QStringLiteral("Sat"), QStringLiteral("Sun")};
        ChangeWindow w;
        w.dayOfWeek = int(days.indexOf(m.captured(1))) + 1;
        w.from = QTime::fromString(m.captured(2), QStringLiteral("HH:mm"));
        w.to = m.captured(3) == QLatin1String("24:00") ? QTime(0, 0) : QTime::fromString(m.captured(3), QStringLiteral("HH:mm"));
        if (!w.from.isValid() || !w.to.isValid() || (w.to <= w.from && w.to != QTime(0, 0)))
            return std::nullopt;
        return w;
    }

    // {from: 2026-11-01, to: 2026-11-30, reason}, yearly {from: "11-20", to: "01-05"}, or {every: November}.
    std::optional<Blackout> readBlackout(const YAML::Node &b, const QString &name)
    {
        if (!b.IsMap()) {
            problem(b, QStringLiteral("customer '%1': a blackout is a mapping {from, to, reason} or {every: November}").arg(name));
            return std::nullopt;
        }
        checkKeys(b, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("every"), QStringLiteral("reason")},
                  QStringLiteral("a blackout"));
        Blackout out;
        if (b["reason"] && !text(b["reason"], QStringLiteral("reason"), &out.reason))
            return std::nullopt;
        if (const YAML::Node every = b["every"]) {
            QString month;
            if (!text(every, QStringLiteral("every"), &month))
                return std::nullopt;
            const QDate first = QDate::fromString(month + QLatin1String(" 2000"), QStringLiteral("MMMM yyyy"));
            if (!first.isValid() || b["from"] || b["to"]) {
                problem(every, QStringLiteral("customer '%1': every must name a month in English (November), alone").arg(name));
                return std::nullopt;
            }
            out.yearly = true;
            out.from = first;
            out.to = first.addMonths(1).addDays(-1);
            return out;
        }
        if (!b["from"] || !b["to"]) {
            problem(b, QStringLiteral("customer '%1': a blackout needs from and to").arg(name));
            return std::nullopt;
        }
        QString from, to;
        if (!text(b["from"], QStringLiteral("from"), &from) || !text(b["to"], QStringLiteral("to"), &to))
            return std::nullopt;
        out.yearly = from.size() == 5 && to.size() == 5;
        const QString format = out.yearly ? QStringLiteral("MM-dd yyyy") : QStringLiteral("yyyy-MM-dd");
        const QString year = out.yearly ? QStringLiteral(" 2000") : QString();
        out.from = QDate::fromString(from + year, format);
        out.to = QDate::fromString(to + year, format);
        if (!out.from.isValid() || !out.to.isValid()) {
            problem(out.from.isValid() ? b["to"] : b["from"],
                    QStringLiteral("customer '%1': a blackout's from and to are dates (2026-11-01) or, every year, month-days (11-20)")
                        .arg(name));
            return std::nullopt;
        }
        if (!out.yearly && out.to < out.from) {
            problem(b["to"], QStringLiteral("customer '%1': a blackout ends %2, before it starts %3")
                                 .arg(name, out.to.toString(Qt::ISODate), out.from.toString(Qt::ISODate)));
            return std::nullopt;
        }
        return out;
    }

    CustomersLoad &m_out;
};

} // namespace

CustomersLoad CustomersFile::load(const QString &file)
{
    QString error;
    const auto text = readRegularFile(file, kMaxCustomersBytes, &error);
    if (!text) {
        CustomersLoad out;
        out.problems.append({{file, 0, 0}, error.startsWith(file + QLatin1String(": ")) ? error.mid(file.size() + 2) : error});
        return out;
    }
    return parse(*text, file);
}

CustomersLoad CustomersFile::parse(const QByteArray &text, const QString &file)
{
    CustomersLoad out;
    if (const auto twice = findDuplicateKey(text)) {
        out.problems.append({{file, twice->line, twice->column}, twice->message()});
        return out;
    }
    Reader reader(file, out);
    try {
        reader.read(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception &e) {
        out.problems.append({{file, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1},
                             QString::fromStdString(e.msg)});
    }
    return out;
}

} // namespace ReleaseDeck
