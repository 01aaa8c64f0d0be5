#pragma once

#include <QString>
#include <QVariant>

namespace sd::cli {

// How one typed value reads as text in table, csv and value output, and what json and yaml need to know.
namespace ValueText {

bool isNumber(const QVariant &value);
// A QStringList, or a QVariantList of any of these values (allocation pools, fixed IPs: a list of maps).
bool isList(const QVariant &value);
// The items of a list value, whichever kind it is.
QVariantList items(const QVariant &value);
// A QVariantMap: image properties, flavor extra specs. JSON writes an object, YAML a nested mapping.
bool isMap(const QVariant &value);
// 16.0 stays "16.0" (as Python prints it), 1.5 is "1.5".
QString formatDouble(double value);
// Numbers, true/false, ISO 8601 UTC times, lists joined by commas, maps as k='v', k2='v2' (sorted by key,
// as the OpenStack client's format_dict prints them), a list of maps one map a line (format_list_of_dicts);
// a null value is empty.
QString text(const QVariant &value);

} // namespace ValueText

} // namespace sd::cli
