type Copies<T: Clone> = Vec<T>;

fn dup<T: Clone>(x: T) -> Copies<T> {
    vec![x.clone(), x]
}

fn main() {
    println!("{:?}", dup('z'));
}
