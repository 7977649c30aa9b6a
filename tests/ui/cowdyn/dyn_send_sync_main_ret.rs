use std::error::Error;

type AnyErr = Box<dyn Error + Send + Sync + 'static>;

fn halve(n: i64) -> Result<i64, AnyErr> {
    if n % 2 != 0 {
        return Err(format!("{n} is odd").into());
    }
    Ok(n / 2)
}

fn run() -> Result<(), AnyErr> {
    let a = halve("48".parse::<i64>()?)?;
    println!("half {a}");
    let b: i64 = "4x".parse()?;
    println!("unreachable {b}");
    Ok(())
}

fn main() -> Result<(), Box<dyn Error + Send + Sync>> {
    if let Err(e) = run() {
        println!("run failed: {e}");
    }
    let e: AnyErr = "plain text".into();
    println!("{e} / {e:?} / {}", e.to_string().len());
    halve(3)?;
    Ok(())
}
