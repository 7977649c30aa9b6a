//@ mode: check
macro_rules! zip {
    ($($a:expr),*; $($b:expr),*) => { [$(($a, $b)),*] };
}

fn main() {
    let v = zip!(1, 2; 3, 4, 5);
    println!("{:?}", v);
}
