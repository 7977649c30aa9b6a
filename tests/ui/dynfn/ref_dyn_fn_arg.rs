// `&dyn Fn` as a parameter: closures and function items both coerce.
fn apply(f: &dyn Fn(i32) -> i32, v: i32) -> i32 {
    f(v)
}

fn negate(x: i32) -> i32 {
    -x
}

fn main() {
    let factor = 3;
    let triple = |x| x * factor;
    println!("{}", apply(&triple, 5));
    println!("{}", apply(&negate, 5));
    println!("{}", apply(&|x| x - 1, 5));
}
