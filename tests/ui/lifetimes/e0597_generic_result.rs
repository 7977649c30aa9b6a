// A generic function whose result is the reference it was given.
fn same<T>(x: T) -> T {
    x
}

fn main() {
    let r;
    {
        let n = 5;
        r = same(&n);
    }
    println!("{r}");
}
