// Two type parameters with different bounds.
trait Key {
    fn key(&self) -> i32;
}

trait Label {
    fn label(&self) -> char;
}

struct A;
struct B;

impl Key for A {
    fn key(&self) -> i32 {
        7
    }
}

impl Label for B {
    fn label(&self) -> char {
        'b'
    }
}

fn pair<K: Key, L>(k: &K, l: &L) -> i32
where
    L: Label,
{
    if l.label() == 'b' { k.key() } else { 0 }
}

fn main() {
    println!("{}", pair(&A, &B));
}
