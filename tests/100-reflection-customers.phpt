--TEST--
Reflection: Cashfin\Customers is final, implements Cashfin\CustomersInterface, has the stub's methods and types, and marks the secret sensitive
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

foreach ($class->getMethods() as $method) {
    echo describe_method($method), "\n";
}

echo "-- the interface: every public method but the constructor, with the same signature --\n";
$interface = new ReflectionClass(Cashfin\CustomersInterface::class);
var_dump($interface->isInterface(), $interface->isInternal(), $interface->getExtensionName(), $interface->getInterfaceNames());
$declared = [];
foreach ($interface->getMethods() as $method) {
    $declared[$method->getName()] = describe_method($method);
}
$public = [];
foreach ($class->getMethods(ReflectionMethod::IS_PUBLIC) as $method) {
    if (!$method->isConstructor()) {
        $public[$method->getName()] = 'abstract ' . describe_method($method);
    }
}
var_dump(array_keys($declared) === array_keys($public), $declared === $public);
var_dump(is_subclass_of(Cashfin\Customers::class, Cashfin\CustomersInterface::class));
echo implode("\n", $declared), "\n";

echo "-- an application's own class can implement it --\n";
$fake = new class implements Cashfin\CustomersInterface {
    public function create(array $customer, array $options = []): array { return ['_id' => 'fake'] + $customer; }
    public function list(array $query = []): array { return ['data' => [], 'pagination' => ['total' => 0, 'page' => 1, 'limit' => 10, 'pages' => 0]]; }
    public function details(string $id): array { return ['_id' => $id]; }
    public function update(string $id, array $changes, array $options = []): array { return ['_id' => $id, 'modified' => 1]; }
    public function all(array $query = []): Iterator { return new ArrayIterator([]); }
    public function createMany(array $customers, array $options = []): array { return []; }
    public function updateMany(array $changesById, array $options = []): array { return []; }
    public function detailsMany(array $ids, array $options = []): array { return []; }
    public function findByEmail(string $email): ?array { return null; }
    public function lastResponse(): ?array { return null; }
};
var_dump($fake instanceof Cashfin\CustomersInterface, $fake->create(['name' => 'N'])['_id']);

echo "-- attributes --\n";
foreach ($class->getMethod('__construct')->getParameters() as $p) {
    $names = array_map(fn (ReflectionAttribute $a) => $a->getName(), $p->getAttributes());
    echo $p->getName(), ': [', implode(', ', $names), "]\n";
}
$attribute = $class->getMethod('__construct')->getParameters()[0]->getAttributes()[0];
var_dump($attribute->getName() === SensitiveParameter::class, $attribute->getArguments());
echo "-- nor extend the class --\n";
eval('class MyCustomers extends Cashfin\Customers {}');
--EXPECTF--
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
array(1) {
  [0]=>
  string(26) "Cashfin\CustomersInterface"
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
public createMany(array $customers, array $options = []): array required=1
public updateMany(array $changesById, array $options = []): array required=1
public detailsMany(array $ids, array $options = []): array required=1
public findByEmail(string $email): ?array required=1
public lastResponse(): ?array required=0
-- the interface: every public method but the constructor, with the same signature --
bool(true)
bool(true)
string(7) "cashfin"
array(0) {
}
bool(true)
bool(true)
bool(true)
abstract public create(array $customer, array $options = []): array required=1
abstract public list(array $query = []): array required=0
abstract public details(string $id): array required=1
abstract public update(string $id, array $changes, array $options = []): array required=2
abstract public all(array $query = []): Iterator required=0
abstract public createMany(array $customers, array $options = []): array required=1
abstract public updateMany(array $changesById, array $options = []): array required=1
abstract public detailsMany(array $ids, array $options = []): array required=1
abstract public findByEmail(string $email): ?array required=1
abstract public lastResponse(): ?array required=0
-- an application's own class can implement it --
bool(true)
string(4) "fake"
-- attributes --
clientSecret: [SensitiveParameter]
options: []
bool(true)
array(0) {
}
-- nor extend the class --

Fatal error: Class MyCustomers cannot extend final class Cashfin\Customers in %s on line %d