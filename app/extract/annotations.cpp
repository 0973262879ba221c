#include "annotations.h"

using namespace Qt::StringLiterals;

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return u"company"_s;
    case EntityType::Region:
        return u"region"_s;
    case EntityType::Person:
        return u"person"_s;
    case EntityType::Money:
        return u"money"_s;
    case EntityType::Industry:
        return u"industry"_s;
    case EntityType::Date:
        return u"date"_s;
    case EntityType::Area:
        return u"area"_s;
    case EntityType::Capacity:
        return u"capacity"_s;
    }
    return {};
}

std::optional<EntityType> entityTypeFromName(const QString& name)
{
    for (EntityType t : {EntityType::Company, EntityType::Region, EntityType::Person, EntityType::Money,
                         EntityType::Industry, EntityType::Date, EntityType::Area, EntityType::Capacity}) {
        if (entityTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

Qualifier qualifierFromName(const QString& name)
{
    if (name == u"over"_s)
        return Qualifier::Over;
    if (name == u"about"_s)
        return Qualifier::About;
    return Qualifier::None;
}

QString qualifierName(Qualifier q)
{
    switch (q) {
    case Qualifier::Over:
        return u"over"_s;
    case Qualifier::About:
        return u"about"_s;
    case Qualifier::None:
        break;
    }
    return {};
}
