// What an upgrade changes in a chart's values and dependencies, on texts
// written by hand, and the bad ones: each a one-line problem, never a
// crash or a hang.
#include "charts/upgradepath.h"

#include <catch2/catch.hpp>

using namespace ReleaseDeck;

namespace {

QStringList rows(const ChartChanges &c)
{
    QStringList out;
    for (const ValuesChange &v : c.values)
        out.append(QStringLiteral("%1 %2 [%3] [%4]").arg(ValuesChange::kindName(v.kind), v.key, v.from, v.to));
    for (const DependencyChange &d : c.dependencies)
        out.append(QStringLiteral("dependency %1 [%2] [%3]").arg(d.name, d.from, d.to));
    return out;
}

} // namespace

TEST_CASE("Values keys added, removed and changed, and dependencies, between two chart releases", "[upgrade]")
{
    const ChartChanges c = compareCharts("a: 1\nnested:\n  keep: x\n  old: y\nlist: [1, 2]\nempty: {}\n",
                                         "a: 2\nnested:\n  keep: x\n  new: z\nlist: [1, 2, 3]\nempty: {}\n",
                                         "name: c\ndependencies:\n  - {name: pg, version: 15.x.x}\n  - {name: redis, version: 1.0.0}\n",
                                         "name: c\ndependencies:\n  - {name: pg, version: 16.x.x}\n  - {name: cache, version: 2.0.0, alias: redis2}\n");
    CHECK(c.problem.isEmpty());
    CHECK(rows(c)
          == QStringList({QStringLiteral("changed a [1] [2]"), QStringLiteral("changed list [[1, 2]] [[1, 2, 3]]"),
                          QStringLiteral("added nested.new [] [z]"), QStringLiteral("removed nested.old [y] []"),
                          QStringLiteral("dependency pg [15.x.x] [16.x.x]"), QStringLiteral("dependency redis [1.0.0] []"),
                          QStringLiteral("dependency cache (as redis2) [] [2.0.0]")}));
    // The same text twice: nothing changes.
    CHECK(rows(compareCharts("a: 1\n", "a: 1\n", "name: c\n", "name: c\n")).isEmpty());
}

TEST_CASE("A values file that is not a mapping, broken, or nested too deep is a one-line problem", "[upgrade][badinput]")
{
    CHECK(compareCharts("- a\n- b\n", "a: 1\n", "", "").problem == QLatin1String("values.yaml (from) is not a mapping"));
    CHECK(compareCharts("a: 1\n", "a: [1, 2\n", "", "").problem.startsWith(QLatin1String("values.yaml (to): line ")));
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    deep += QByteArray(200, ' ') + "v: 1\n";
    CHECK(compareCharts(deep, "a: 1\n", "", "").problem
          == QLatin1String("values.yaml (from) is nested deeper than 64 or has more than 20000 keys"));
    // Aliases that would multiply into millions of keys stop at the bound.
    QByteArray laughs = "l0: &l0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}\n";
    for (int i = 1; i < 9; ++i)
        laughs += QStringLiteral("l%1: &l%1 {a: *l%2, b: *l%2, c: *l%2, d: *l%2, e: *l%2, f: *l%2, g: *l%2, h: *l%2, i: *l%2, j: *l%2}\n")
                      .arg(i)
                      .arg(i - 1)
                      .toUtf8();
    CHECK(compareCharts(laughs, "a: 1\n", "", "").problem.contains(QLatin1String("more than 20000 keys")));
    CHECK(compareCharts("a: 1\n", "a: 1\n", "dependencies: pg\n", "").problem == QLatin1String("Chart.yaml (from): dependencies is not a list"));
    // Two equal keys, two dependencies of one name, one without a name.
    CHECK(compareCharts("a: 1\nb: 2\na: 3\n", "a: 1\n", "", "").problem.startsWith(QLatin1String("values.yaml (from): line 3: ")));
    CHECK(compareCharts("a: 1\n", "a: 1\n", "dependencies:\n  - {name: pg}\n  - {name: pg}\n", "").problem
          == QLatin1String("Chart.yaml (from): line 3: dependency pg is listed twice"));
    CHECK(compareCharts("a: 1\n", "a: 1\n", "", "dependencies:\n  - {version: 1.0.0}\n").problem
          == QLatin1String("Chart.yaml (to): line 2: a dependency without a name"));
}

TEST_CASE("A values key with a dot in its name is never taken for a nested one", "[upgrade]")
{
    const ChartChanges c = compareCharts("image:\n  tag: 1\n\"image.tag\": 2\n", "image:\n  tag: 1\n\"image.tag\": 3\n", "", "");
    CHECK(c.problem.isEmpty());
    CHECK(rows(c) == QStringList{QStringLiteral("changed [\"image.tag\"] [2] [3]")});
}
