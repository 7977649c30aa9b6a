macro_rules! twice {
    ($b:block) => {
        $b;
        $b;
    };
}

fn main() {
    let mut n = 0;
    twice!({
        n += 1;
        println!("n is {}", n);
    });
}
