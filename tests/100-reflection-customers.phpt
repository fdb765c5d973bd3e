--TEST--
Reflection: Cashfin\Customers is final, has the stub's methods and types, and marks the secret sensitive
--EXTENSIONS--
cashfin
--FILE--
<?php
function describe_type(?ReflectionType $type): string
{
    return $type === null ? '(none)' : (string) $type;
}

function describe_method(ReflectionMethod $m): string
{
    $params = [];
    foreach ($m->getParameters() as $p) {
        $text = describe_type($p->getType()) . ' $' . $p->getName();
        if ($p->isOptional()) {
            $default = $p->getDefaultValue();
            $text .= ' = ' . ($default === [] ? '[]' : var_export($default, true));
        }
        if ($p->isPassedByReference()) {
            $text = '&' . $text;
        }
        $params[] = $text;
    }
    return implode(' ', Reflection::getModifierNames($m->getModifiers())) . ' ' . $m->getName()
        . '(' . implode(', ', $params) . '): ' . describe_type($m->getReturnType())
        . ($m->hasTentativeReturnType() ? ' (tentative)' : '')
        . ' required=' . $m->getNumberOfRequiredParameters();
}

$class = new ReflectionClass(Cashfin\Customers::class);
var_dump($class->isInternal(), $class->isFinal(), $class->isAbstract(), $class->isInterface());
var_dump($class->isCloneable(), $class->isInstantiable(), $class->isIterable());
var_dump($class->getParentClass(), $class->getInterfaceNames(), $class->getConstants());
var_dump(array_map(fn ($p) => $p->getName(), $class->getProperties()));
var_dump($class->getExtensionName());

foreach (['__construct', 'create', 'list', 'details', 'update', 'all', 'lastResponse'] as $name) {
    echo describe_method($class->getMethod($name)), "\n";
}

echo "-- attributes --\n";
foreach ($class->getMethod('__construct')->getParameters() as $p) {
    $names = array_map(fn (ReflectionAttribute $a) => $a->getName(), $p->getAttributes());
    echo $p->getName(), ': [', implode(', ', $names), "]\n";
}
$attribute = $class->getMethod('__construct')->getParameters()[0]->getAttributes()[0];
var_dump($attribute->getName() === SensitiveParameter::class, $attribute->getArguments());
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
array(0) {
}
array(0) {
}
array(0) {
}
string(7) "cashfin"
public __construct(?string $clientSecret = NULL, array $options = []): (none) required=0
public create(array $customer, array $options = []): array required=1
public list(array $query = []): array required=0
public details(string $id): array required=1
public update(string $id, array $changes, array $options = []): array required=2
public all(array $query = []): Iterator required=0
public lastResponse(): ?array required=0
-- attributes --
clientSecret: [SensitiveParameter]
options: []
bool(true)
array(0) {
}
