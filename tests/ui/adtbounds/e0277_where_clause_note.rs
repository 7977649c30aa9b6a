//@ mode: check
trait Describe {
    fn describe(&self) -> String;
}

struct Rock;
struct Shelf<T>
where
    T: Describe,
{
    items: Vec<T>,
}

fn main() {
    let s = Shelf { items: vec![Rock] };
}
