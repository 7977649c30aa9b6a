macro_rules! array_of {
    ($elem:expr; $n:literal) => {
        [$elem; $n]
    };
    ($($x:expr),* $(,)?) => {
        [$($x),*]
    };
}

fn main() {
    let a = array_of![1, 2, 3];
    let b = array_of![0; 4];
    let c = array_of!{7, 8,};
    println!("{:?} {:?} {:?}", a, b, c);
}
