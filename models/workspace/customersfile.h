#pragma once

#include "domain/supportpolicy.h"
#include "domain/workspace.h"

#include <QByteArray>
#include <QList>

namespace ReleaseDeck {

struct CustomersLoad
{
    QList<Customer> customers;
    QList<Problem> problems; // file:line:col each; an entry with a problem is left out
};

// The customers file (docs/support.md): read as a regular file of at most
// 4 MiB, duplicate keys refused, every field checked.
namespace CustomersFile {
CustomersLoad load(const QString &file);
CustomersLoad parse(const QByteArray &text, const QString &file);
} // namespace CustomersFile

} // namespace ReleaseDeck
