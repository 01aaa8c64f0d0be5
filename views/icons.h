#pragma once

#include <QIcon>

namespace sd {

// The icons StackDesk ships (resources/icons/*.svg): a bare machine has no icon theme to borrow from.
namespace Icons {
QIcon get(const QString &name);
}

} // namespace sd
