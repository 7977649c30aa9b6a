// The unsatisfied bound is written in a `where` clause.
trait Weigh {
    fn weight(&self) -> u32;
}

struct Feather;

fn heavier<T>(a: &T, b: &T) -> bool
where
    T: Weigh,
{
    a.weight() > b.weight()
}

fn main() {
    let f = Feather;
    println!("{}", heavier(&f, &f));
}
