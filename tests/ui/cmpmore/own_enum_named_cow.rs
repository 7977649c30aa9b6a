// A learner's own enum named `Cow` compares as its derive says: variant first.
#[derive(PartialEq, Debug)]
enum Cow {
    Calf(i32),
    Grown(i32),
}

fn same<T: PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    let v = vec![Cow::Calf(1)];
    let w = vec![Cow::Grown(1)];
    println!("{} {}", v == w, Cow::Calf(1) == Cow::Grown(1));
    println!("{}", same(&v[0], &w[0]));
    let mut herd = vec![Cow::Calf(1), Cow::Grown(1), Cow::Grown(1)];
    herd.dedup();
    println!("{:?}", herd);
}
