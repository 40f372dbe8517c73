// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Patchbay authors
#include "Change.h"

namespace core::diff {

const char *Change::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return "added";
    case Kind::Removed:
        return "removed";
    case Kind::Changed:
        return "changed";
    case Kind::Moved:
        return "moved";
    case Kind::TypeChanged:
        return "typeChanged";
    }
    return "changed";
}

} // namespace core::diff
